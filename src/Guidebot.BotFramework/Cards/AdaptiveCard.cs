using System.Text.Json.Serialization;
using Guidebot.BotFramework.Schema;

namespace Guidebot.BotFramework.Cards;

/// <summary>An Adaptive Card (schema version 1.5, as Teams renders it), sent as an <see cref="Attachment"/>.</summary>
public sealed class AdaptiveCard
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Always <c>AdaptiveCard</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-2)]
    public string Type { get; } = "AdaptiveCard";

    /// <summary>The schema version the card needs; 1.5 is what Teams renders.</summary>
    [JsonPropertyName("version")]
    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = "1.5";

    /// <summary>The schema address, for editors; ignored by hosts.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>The elements shown, top to bottom.</summary>
    [JsonPropertyName("body")]
    public IReadOnlyList<CardElement>? Body { get; init; }

    /// <summary>The buttons at the bottom of the card.</summary>
    [JsonPropertyName("actions")]
    public IReadOnlyList<AdaptiveAction>? Actions { get; init; }

    /// <summary>Text shown by hosts that cannot render the card.</summary>
    [JsonPropertyName("fallbackText")]
    public string? FallbackText { get; init; }

    /// <summary>What a speech host reads aloud.</summary>
    [JsonPropertyName("speak")]
    public string? Speak { get; init; }

    /// <summary>The card's language, e.g. <c>da</c>.</summary>
    [JsonPropertyName("lang")]
    public string? Lang { get; init; }

    /// <summary>Teams-only card settings; set only on the root card.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }

    /// <summary>Wraps the card in an attachment for an activity.</summary>
    public Attachment ToAttachment() => new() { ContentType = ContentType, Content = this };
}

/// <summary>The Teams <c>msteams</c> extension of a root card.</summary>
/// <param name="Width">The card width; <see cref="TeamsCardWidth.Full"/> uses the whole chat width.</param>
public sealed record TeamsCardProperties([property: JsonPropertyName("width")] TeamsCardWidth? Width = null);
