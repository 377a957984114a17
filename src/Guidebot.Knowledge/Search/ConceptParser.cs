using Lucene.Net.Analysis.Da;

namespace Guidebot.Knowledge.Search;

/// <summary>
/// Turns free text into <see cref="QueryConcept"/>s. Only the analyser's words are used — never query
/// syntax — so no user text can make it throw. Stop words are dropped (a query of stop words alone,
/// "hvad skal alle kunne", is kept whole as a phrase). A word the guide does not know is tried, in turn, as
/// a spelling variant ("aa" → å, "ae" → æ, "oe" → ø: "skaanehensyn") and as a compound of two guide words
/// ("progressionstrappe" → progression + trappe); otherwise it stays as typed, for typo matching. Finally a
/// run of words that is a term of a synonym group becomes one concept carrying the group's other terms.
/// </summary>
internal sealed class ConceptParser
{
    /// <summary>Enough for any real question; a pasted page is cut here rather than slowing every search.</summary>
    public const int MaxConcepts = 24;

    private const int MaxQueryLength = 500;
    private const int MinWordLength = 3;
    private const int MinCompoundPart = 4;

    private readonly Vocabulary _vocabulary;
    private readonly Dictionary<string, List<(string[] Stems, int Group)>> _termsByFirstStem = new(StringComparer.Ordinal);
    private readonly List<string[]>[] _groups;

    public ConceptParser(IReadOnlyList<SynonymGroup> synonyms, Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _groups = new List<string[]>[synonyms.Count];
        for (var g = 0; g < synonyms.Count; g++)
        {
            _groups[g] = [.. synonyms[g].Terms
                .Select(term => DanishTextAnalyzer.Tokenize(term).Where(t => !IsStopWord(t)).Select(t => t.Stem).ToArray())
                .Where(stems => stems.Length > 0)];
            foreach (var stems in _groups[g])
            {
                if (!_termsByFirstStem.TryGetValue(stems[0], out var list))
                {
                    _termsByFirstStem[stems[0]] = list = [];
                }

                list.Add((stems, g));
            }
        }

        foreach (var list in _termsByFirstStem.Values)
        {
            list.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
        }
    }

    public ParsedQuery Parse(string text)
    {
        var tokens = DanishTextAnalyzer.Tokenize(text.Length > MaxQueryLength ? text[..MaxQueryLength] : text);
        IReadOnlyList<string> phrase = [.. tokens.Take(MaxConcepts).Select(t => t.Stem)];
        var content = tokens.Where(t => !IsStopWord(t)).ToList();
        if (content.Count == 0)
        {
            return new ParsedQuery(tokens.Count == 0 ? [] : [new QueryConcept([.. tokens.Take(MaxConcepts).Select(t => t.Surface)], [phrase])], []);
        }

        var words = content.SelectMany(Understand).ToList();
        var concepts = new List<QueryConcept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count && concepts.Count < MaxConcepts;)
        {
            var (length, group) = LongestSynonymAt(words, i);
            var own = words.GetRange(i, length);
            IReadOnlyList<string> ownStems = [.. own.Select(t => t.Stem)];
            if (seen.Add(string.Join(' ', ownStems)))
            {
                var forms = new List<IReadOnlyList<string>> { ownStems };
                if (group >= 0)
                {
                    forms.AddRange(_groups[group].Where(stems => !stems.SequenceEqual(ownStems)));
                }

                concepts.Add(new QueryConcept([.. own.Select(t => t.Surface)], forms));
            }

            i += length;
        }

        return new ParsedQuery(concepts, phrase.Count > 1 ? phrase : []);
    }

    // Snowball's Danish stop words, plus the question words staff start a question with.
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal) { "hvordan", "hvorfor", "hvornår", "hvem", "hvilke", "hvilken", "hvilket" };

    private static bool IsStopWord(Token token) =>
        DanishAnalyzer.DefaultStopSet.Contains(token.Surface) || QuestionWords.Contains(token.Surface);

    private IEnumerable<Token> Understand(Token token)
    {
        if (_vocabulary.HasStem(token.Stem))
        {
            return [token];
        }

        if (token.Surface.Length < MinWordLength)
        {
            return [];
        }

        return Known(SpellingVariant(token.Surface)) is { } variant ? [variant]
            : Compound(token.Surface) is { } parts ? parts
            : [token];
    }

    private Token? Known(string word)
    {
        var tokens = DanishTextAnalyzer.Tokenize(word);
        return tokens.Count == 1 && _vocabulary.HasStem(tokens[0].Stem) ? tokens[0] : null;
    }

    // Danish written without æ, ø and å on a foreign keyboard.
    private static string SpellingVariant(string word) => word
        .Replace("aa", "å", StringComparison.Ordinal)
        .Replace("ae", "æ", StringComparison.Ordinal)
        .Replace("oe", "ø", StringComparison.Ordinal);

    // Danish joins words, often with a linking -s- or -e-: "progressions|trappe", "erhvervs|erfaring".
    private Token[]? Compound(string word)
    {
        for (var split = word.Length - MinCompoundPart; split >= MinCompoundPart; split--)
        {
            var head = word[..split];
            var known = _vocabulary.HasWord(head) ? head
                : head[^1] is 's' or 'e' && head.Length > MinCompoundPart && _vocabulary.HasWord(head[..^1]) ? head[..^1]
                : null;
            if (known is not null && Known(word[split..]) is { } tail && Known(known) is { } first)
            {
                return [first, tail];
            }
        }

        return null;
    }

    private (int Length, int Group) LongestSynonymAt(List<Token> tokens, int start)
    {
        if (_termsByFirstStem.TryGetValue(tokens[start].Stem, out var candidates))
        {
            foreach (var (stems, group) in candidates)
            {
                if (start + stems.Length <= tokens.Count && stems.Select((s, k) => tokens[start + k].Stem == s).All(match => match))
                {
                    return (stems.Length, group);
                }
            }
        }

        return (1, -1);
    }
}
