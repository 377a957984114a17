using Lucene.Net.Analysis.Da;

namespace Guidebot.Knowledge.Search;

/// <summary>
/// Turns free text into <see cref="QueryConcept"/>s. Only the analyser's words are used — never query
/// syntax — so no user text can make it throw. A keyword phrase of the guide that holds stop words
/// ("møder ikke op", "hvorfor skal jeg det") is kept whole as one concept; other stop words are dropped (a
/// query of stop words alone, "hvad skal alle kunne", is kept whole as a phrase). A word the guide does not
/// know is tried, in turn, as a spelling variant ("aa" → å, "ae" → æ, "oe" → ø: "skaanehensyn") and as a
/// compound of two guide words ("progressionstrappe" → progression + trappe); otherwise it stays as typed, for
/// typo matching. Finally a run of words that is a term of a synonym group becomes one concept carrying the
/// group's other terms and what it means one way.
/// </summary>
internal sealed class ConceptParser
{
    /// <summary>Enough for any real question; a pasted page is cut here rather than slowing every search.</summary>
    public const int MaxConcepts = 24;

    private const int MaxQueryLength = 500;
    private const int MinWordLength = 3;
    private const int MinCompoundPart = 4;
    private const int MinStopWordPhrase = 3;

    private readonly Vocabulary _vocabulary;
    private readonly PhraseTable _synonymTerms = new();
    private readonly PhraseTable _keywordPhrases = new();
    private readonly List<string[]>[] _groups;
    private readonly List<string[]>[] _means;

    public ConceptParser(IReadOnlyList<SynonymGroup> synonyms, IEnumerable<string> keywords, Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _groups = new List<string[]>[synonyms.Count];
        _means = new List<string[]>[synonyms.Count];
        for (var g = 0; g < synonyms.Count; g++)
        {
            _groups[g] = Stems(synonyms[g].Terms);
            _means[g] = Stems(synonyms[g].Means);
            foreach (var stems in _groups[g])
            {
                _synonymTerms.Add(stems, g);
            }
        }

        foreach (var tokens in keywords.Select(DanishTextAnalyzer.Tokenize).Where(IsKeywordPhrase))
        {
            _keywordPhrases.Add([.. tokens.Select(t => t.Stem)], 0);
        }
    }

    public ParsedQuery Parse(string text)
    {
        var tokens = DanishTextAnalyzer.Tokenize(text.Length > MaxQueryLength ? text[..MaxQueryLength] : text);
        IReadOnlyList<string> phrase = [.. tokens.Take(MaxConcepts).Select(t => t.Stem)];
        if (tokens.All(IsStopWord))
        {
            return new ParsedQuery(tokens.Count == 0 ? [] : [new QueryConcept([.. tokens.Take(MaxConcepts).Select(t => t.Surface)], [phrase])], [], Wants.Anything);
        }

        var concepts = new Concepts();
        var words = new List<Token>();
        for (var i = 0; i < tokens.Count;)
        {
            var (length, _) = _keywordPhrases.LongestAt(tokens, i);
            if (length > 0)
            {
                AddWords(concepts, words);
                words.Clear();
                var keyword = tokens.Skip(i).Take(length).ToList();
                concepts.Add(keyword, [[.. keyword.Select(t => t.Stem)]]);
            }
            else if (!IsStopWord(tokens[i]))
            {
                words.AddRange(Understand(tokens[i]));
            }

            i += Math.Max(length, 1);
        }

        AddWords(concepts, words);
        return new ParsedQuery(concepts.List, phrase.Count > 1 ? phrase : [], WhatIsWanted(tokens));
    }

    // Runs of understood words: a synonym term becomes one concept with the group's other terms and its meanings.
    private void AddWords(Concepts concepts, List<Token> words)
    {
        for (var i = 0; i < words.Count;)
        {
            var (length, group) = _synonymTerms.LongestAt(words, i);
            var own = words.GetRange(i, Math.Max(length, 1));
            var forms = new List<IReadOnlyList<string>> { own.Select(t => t.Stem).ToArray() };
            if (length > 0)
            {
                forms.AddRange(_groups[group].Concat(_means[group]).Where(stems => !stems.SequenceEqual(forms[0])));
            }

            concepts.Add(own, forms);
            i += own.Count;
        }
    }

    // Snowball's Danish stop words, plus the question words staff start a question with, the modal verbs and
    // small words that list lacks ("må jeg gerne …", "overfor borgeren") and the abbreviations staff write
    // mid-sentence ("pga smerter"). In a guide this small such a word is rare, so it would weigh as a topic.
    private static readonly HashSet<string> QueryStopWords = new(StringComparer.Ordinal)
    {
        "hvordan", "hvorfor", "hvornår", "hvem", "hvilke", "hvilken", "hvilket",
        "kan", "må", "få", "får", "fik", "gerne", "godt", "bare", "lige", "helt", "ret", "frem", "igen",
        "blandt", "overfor", "mellem", "siden",
        "pga", "fx", "ift", "mht", "evt", "osv", "dvs",
    };

    // "spørgsmål til …", "hvad kan jeg spørge om …": the user wants questions to ask; "tjekliste til …": a checklist.
    private static readonly HashSet<string> QuestionWords = [.. DanishTextAnalyzer.Tokenize("spørgsmål spørge spørger spørg").Select(t => t.Stem)];
    private static readonly HashSet<string> ChecklistWords = [.. DanishTextAnalyzer.Tokenize("tjekliste checkliste").Select(t => t.Stem)];

    private static Wants WhatIsWanted(IReadOnlyList<Token> tokens) =>
        tokens.Any(t => QuestionWords.Contains(t.Stem)) ? Wants.Questions
        : tokens.Any(t => ChecklistWords.Contains(t.Stem)) ? Wants.Checklist
        : Wants.Anything;

    private static List<string[]> Stems(IEnumerable<string> terms) =>
        [.. terms.Select(term => DanishTextAnalyzer.Tokenize(term).Where(t => !IsStopWord(t)).Select(t => t.Stem).ToArray()).Where(stems => stems.Length > 0)];

    // A keyword phrase is kept whole when its stop words carry meaning ("møder ikke op", "hvorfor skal jeg det"); a
    // list such as "lov og myndighed" is two concepts, and two stop words alone ("vil ikke") say too little.
    private static bool IsKeywordPhrase(IReadOnlyList<Token> tokens) =>
        tokens.Any(IsMeaningfulStopWord) && (tokens.Count >= MinStopWordPhrase || !tokens.All(IsStopWord));

    private static bool IsMeaningfulStopWord(Token token) => IsStopWord(token) && token.Surface is not ("og" or "eller");

    private static bool IsStopWord(Token token) =>
        DanishAnalyzer.DefaultStopSet.Contains(token.Surface) || QueryStopWords.Contains(token.Surface);

    private Token[] Understand(Token token)
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

    // The concepts of one query, each once, at most MaxConcepts.
    private sealed class Concepts
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public List<QueryConcept> List { get; } = [];

        public void Add(List<Token> own, List<IReadOnlyList<string>> forms)
        {
            if (List.Count < MaxConcepts && _seen.Add(string.Join(' ', forms[0])))
            {
                List.Add(new QueryConcept([.. own.Select(t => t.Surface)], forms) { Names = own.Count == 1 ? WhatIsWanted(own) : Wants.Anything });
            }
        }
    }
}
