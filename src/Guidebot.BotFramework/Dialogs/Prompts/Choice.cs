namespace Guidebot.BotFramework.Dialogs.Prompts;

/// <summary>One option the user can pick: the value returned, the title shown, and other words for it.</summary>
public sealed record Choice(string Value, string? Title = null, IReadOnlyList<string>? Synonyms = null)
{
    /// <summary>The title, or the value when there is none.</summary>
    public string DisplayTitle => Title ?? Value;
}

/// <summary>The option the user picked, and its position in the list.</summary>
public sealed record FoundChoice(string Value, int Index);
