namespace Guidebot.Features.Sharing;

/// <summary>The bot's own words for copying and sharing.</summary>
internal static class SharingTexts
{
    public const string MoreButton = "Mere";

    public const string CopyButton = "Kopiér som tekst";

    public const string ShareButton = "Del";

    public const string ShareHintLead = "Sådan deler du kortet i en anden chat:";

    /// <summary>Teams lets no bot post into another chat: the compose-box search is the way, by the card's title.</summary>
    public static string ShareHint(string title) =>
        $"{ShareHintLead} åbn chatten, vælg Guidebot under + i skrivefeltet, og søg efter ”{title}”. Kortet har kun guidens tekst – ingen flueben eller noter.";
}
