namespace Guidebot.BotFramework.Dialogs.Prompts;

/// <summary>Understands yes and no in Danish (and the English a colleague might type), typed or clicked.</summary>
public static class ConfirmRecognizer
{
    /// <summary>The property of a button's data that carries true or false.</summary>
    public const string ValueProperty = "confirm";

    private static readonly HashSet<string> Yes = new(
        ["ja", "ja tak", "jo", "jep", "jeps", "jaja", "ja da", "javel", "yes", "ok", "okay", "oki", "gerne", "klart", "selvfoelgelig", "sikkert", "ja gerne", "det vil jeg gerne", "y", "j"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> No = new(
        ["nej", "nej tak", "nae", "naej", "nix", "nope", "no", "ikke", "ikke nu", "aldrig", "nej ikke nu", "n"],
        StringComparer.Ordinal);

    /// <summary>True for yes, false for no, null when the input is neither.</summary>
    public static bool? Recognize(UserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Value is { } value
            && value.TryGetProperty(ValueProperty, out var clicked)
            && clicked.ValueKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
        {
            return clicked.GetBoolean();
        }

        var text = TextFolding.Fold(input.Text);
        return Yes.Contains(text) ? true : No.Contains(text) ? false : null;
    }
}
