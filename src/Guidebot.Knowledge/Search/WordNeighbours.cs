namespace Guidebot.Knowledge.Search;

/// <summary>
/// The guide's own (unstemmed) words near a word it does not know: those within one or two edits with the first
/// letter as typed (typos), and those the word begins (compound heads). These are the words Lucene's
/// <c>FuzzyQuery</c> (transpositions on, prefix length 1, top 20 by similarity) and <c>PrefixQuery</c> (top 20)
/// expand to, with the same similarity — but those build and determinize an automaton per query, up to megabytes
/// for a foreign word, while the guide's vocabulary is small and fixed: scanning the words that share the first
/// letter is cheaper by far and allocates almost nothing.
/// </summary>
internal sealed class WordNeighbours
{
    private const int MaxStackWord = 128;

    // Per first letter, the words in ordinal order (Lucene's term order for these words).
    private readonly Dictionary<char, string[]> _byFirstLetter;

    public WordNeighbours(IEnumerable<string> words)
    {
        _byFirstLetter = words
            .Where(word => word.Length > 0)
            .GroupBy(word => word[0])
            .ToDictionary(group => group.Key, group => group.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// At most <paramref name="max"/> guide words within <paramref name="maxEdits"/> edits of <paramref name="word"/>
    /// (an adjacent swap is one edit) that start with its first letter, with their similarity 1 − edits ÷ the shorter
    /// length: most similar first, ties in word order.
    /// </summary>
    public IReadOnlyList<(string Word, float Similarity)> Typos(string word, int maxEdits, int max)
    {
        if (word.Length < 2 || !_byFirstLetter.TryGetValue(word[0], out var candidates))
        {
            return [];
        }

        var found = new List<(string Word, float Similarity)>();
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > maxEdits)
            {
                continue;
            }

            var edits = Edits(word.AsSpan(1), candidate.AsSpan(1), maxEdits);
            var similarity = 1f - ((float)edits / Math.Min(candidate.Length, word.Length));
            if (edits <= maxEdits && similarity > 0)
            {
                found.Add((candidate, similarity));
            }
        }

        // A stable sort keeps word order among equally similar words.
        return [.. found.OrderByDescending(f => f.Similarity).Take(max)];
    }

    /// <summary>The first <paramref name="max"/> guide words, in word order, that begin with <paramref name="head"/> (the word itself included).</summary>
    public IReadOnlyList<string> StartingWith(string head, int max)
    {
        if (head.Length == 0 || !_byFirstLetter.TryGetValue(head[0], out var words))
        {
            return [];
        }

        var first = Array.BinarySearch(words, head, StringComparer.Ordinal);
        first = first < 0 ? ~first : first;
        var found = new List<string>();
        for (var i = first; i < words.Length && found.Count < max && words[i].StartsWith(head, StringComparison.Ordinal); i++)
        {
            found.Add(words[i]);
        }

        return found;
    }

    // Optimal string alignment distance (Levenshtein plus adjacent transpositions, as Lucene's automata count them),
    // or maxEdits + 1 as soon as it must exceed maxEdits.
    private static int Edits(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int maxEdits)
    {
        var width = b.Length + 1;
        var rows = width <= MaxStackWord ? stackalloc int[3 * width] : new int[3 * width];
        var before = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, before[j - 2] + 1);
                }

                current[j] = best;
                rowMin = Math.Min(rowMin, best);
            }

            if (rowMin > maxEdits)
            {
                return maxEdits + 1;
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], maxEdits + 1);
    }
}
