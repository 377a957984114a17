using Quickenshtein;

namespace Guidebot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Finds the choice a user typed: a number ("2"), the exact title, value or synonym, or a close match (a
/// typo or a unique part of a title) — case-, accent- and æøå-insensitive.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>Recognises the choice in the typed text of <paramref name="input"/>, or returns null.</summary>
    public static FoundChoice? Recognize(UserInput input, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(choices);
        var text = TextFolding.Fold(input.Text);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, out var number) && number >= 1 && number <= choices.Count)
        {
            return new FoundChoice(choices[number - 1].Value, number - 1);
        }

        return Find(choices, c => Words(c).Any(w => w == text))
            ?? Unique(choices, c => Words(c).Any(w => IsClose(text, w)))
            ?? Unique(choices, c => Words(c).Any(w => ContainsWords(w, text) || ContainsWords(text, w)));
    }

    private static IEnumerable<string> Words(Choice choice) =>
        new[] { choice.DisplayTitle, choice.Value }.Concat(choice.Synonyms ?? []).Select(TextFolding.Fold).Where(w => w.Length > 0);

    private static FoundChoice? Find(IReadOnlyList<Choice> choices, Func<Choice, bool> match)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (match(choices[i]))
            {
                return new FoundChoice(choices[i].Value, i);
            }
        }

        return null;
    }

    private static FoundChoice? Unique(IReadOnlyList<Choice> choices, Func<Choice, bool> match)
    {
        var matches = Enumerable.Range(0, choices.Count).Where(i => match(choices[i])).Take(2).ToList();
        return matches.Count == 1 ? new FoundChoice(choices[matches[0]].Value, matches[0]) : null;
    }

    // A typo: within one edit for short words, two for longer ones.
    private static bool IsClose(string typed, string word) =>
        typed.Length >= 4 && Math.Abs(typed.Length - word.Length) <= 2 && Levenshtein.GetDistance(typed, word) <= (word.Length >= 8 ? 2 : 1);

    private static bool ContainsWords(string haystack, string needle) =>
        needle.Length >= 3 && $" {haystack} ".Contains($" {needle} ", StringComparison.Ordinal);
}
