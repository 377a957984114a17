using System.Text.Json;
using Guidebot.BotFramework.Schema;

namespace Guidebot.Testing.Turns;

/// <summary>Reads the Adaptive Card of a reply as JSON, the way a channel receives it.</summary>
public static class CardReading
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The reply's Adaptive Card as JSON, or null when it carries none.</summary>
    public static JsonElement? Card(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var attachment = activity.Attachments?.FirstOrDefault(a => a.ContentType == AdaptiveCardContentType);
        return attachment?.Content switch
        {
            null => null,
            JsonElement element => element,
            var content => JsonSerializer.SerializeToElement(content, content.GetType(), BotFrameworkJson.Default),
        };
    }

    /// <summary>Every text the reply shows: its text and the card's texts, titles and facts, joined by new lines.</summary>
    public static string AllText(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var texts = new List<string>();
        if (activity.Text is { } text)
        {
            texts.Add(text);
        }

        if (activity.Card() is { } card)
        {
            Collect(card, texts);
        }

        return string.Join('\n', texts);
    }

    /// <summary>The submit buttons on the reply's card (including those inside show-cards), in order.</summary>
    public static IReadOnlyList<SubmitButton> SubmitButtons(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var buttons = new List<SubmitButton>();
        if (activity.Card() is { } card)
        {
            CollectButtons(card, buttons);
        }

        return buttons;
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "text" or "title" or "value" or "placeholder" or "label" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        texts.Add(property.Value.GetString()!);
                    }
                    else if (property.Name != "data")
                    {
                        Collect(property.Value, texts);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }

                break;
        }
    }

    private static void CollectButtons(JsonElement element, List<SubmitButton> buttons)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.GetString() is "Action.Submit" or "Action.Execute")
                {
                    var title = element.TryGetProperty("title", out var t) ? t.GetString() ?? string.Empty : string.Empty;
                    var data = element.TryGetProperty("data", out var d) ? d : default;
                    var takesInputs = !(element.TryGetProperty("associatedInputs", out var inputs) && inputs.GetString() is "None" or "none");
                    buttons.Add(new SubmitButton(title, data, takesInputs));
                }

                foreach (var property in element.EnumerateObject())
                {
                    CollectButtons(property.Value, buttons);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectButtons(item, buttons);
                }

                break;
        }
    }
}

/// <summary>A submit button: its title, the data a click sends, and whether the card's inputs go with it.</summary>
public sealed record SubmitButton(string Title, JsonElement Data, bool TakesInputs = true)
{
    /// <summary>The value a click sends: the button's data merged with the card's input values (as renderers do).</summary>
    public JsonElement ClickValue(IReadOnlyDictionary<string, string>? inputs = null)
    {
        var merged = Data.ValueKind == JsonValueKind.Object
            ? System.Text.Json.Nodes.JsonNode.Parse(Data.GetRawText())!.AsObject()
            : [];
        foreach (var (id, value) in (TakesInputs ? inputs : null) ?? new Dictionary<string, string>())
        {
            merged[id] = value;
        }

        return JsonSerializer.SerializeToElement(merged, BotFrameworkJson.Default.Options);
    }
}
