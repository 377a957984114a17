namespace Guidebot.Knowledge.Search;

/// <summary>
/// Word sequences (as stems) to look for in a query, each with a value: the longest one starting at a given
/// word wins. Used for synonym terms ("lønnede timer") and for keyword phrases ("møder ikke op").
/// </summary>
internal sealed class PhraseTable
{
    private readonly Dictionary<string, List<(string[] Stems, int Value)>> _byFirstStem = new(StringComparer.Ordinal);

    public void Add(string[] stems, int value)
    {
        if (!_byFirstStem.TryGetValue(stems[0], out var list))
        {
            _byFirstStem[stems[0]] = list = [];
        }

        list.Add((stems, value));
        list.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
    }

    /// <summary>The longest phrase at <paramref name="start"/>, or length 0 when none starts there.</summary>
    public (int Length, int Value) LongestAt(IReadOnlyList<Token> tokens, int start)
    {
        if (_byFirstStem.TryGetValue(tokens[start].Stem, out var candidates))
        {
            foreach (var (stems, value) in candidates)
            {
                if (start + stems.Length <= tokens.Count && stems.Select((s, k) => tokens[start + k].Stem == s).All(match => match))
                {
                    return (stems.Length, value);
                }
            }
        }

        return (0, -1);
    }
}
