using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Schema;

/// <summary>Quick-reply buttons shown with a message.</summary>
public sealed class SuggestedActions
{
    /// <summary>The ids of the recipients the actions are shown to.</summary>
    [JsonPropertyName("to")]
    public IList<string>? To { get; set; }

    /// <summary>The buttons.</summary>
    [JsonPropertyName("actions")]
    public IList<CardAction>? Actions { get; set; }
}

/// <summary>A quick-reply button.</summary>
public sealed class CardAction
{
    /// <summary>The action type, e.g. <c>imBack</c> or <c>messageBack</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The button's label.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>What is sent when the button is pressed.</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; set; }

    /// <summary>Every other property, kept unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
