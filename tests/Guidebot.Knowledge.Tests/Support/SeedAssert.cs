namespace Guidebot.Knowledge.Tests.Support;

/// <summary>Assertions that compare an area's texts and lists with its seed.</summary>
public static class SeedAssert
{
    /// <summary>
    /// Asserts that every text occurs in the seed as whole words. Two kinds of exception, each of which must be
    /// used and needed: <paramref name="untangled"/> texts (see <see cref="Untangled"/>), whose pieces must each
    /// occur; and <paramref name="reworded"/> parts of a text (a dropped page pointer, a repaired stray hyphen),
    /// put back in the seed's wording before the check. <paramref name="glued"/> accepts a text whose first or last
    /// word the extraction glued to the next column's ("observationer3. Virksomhedens rolle").
    /// </summary>
    public static void AllInSeed(
        SeedText seed,
        IEnumerable<(string ItemId, string Text)> texts,
        IReadOnlyCollection<string>? untangled = null,
        IReadOnlyDictionary<string, string>? reworded = null,
        bool glued = false)
    {
        var all = texts.ToList();
        var pieced = (untangled ?? []).ToDictionary(Untangled.Display, StringComparer.Ordinal);
        var rewordings = reworded ?? new Dictionary<string, string>(StringComparer.Ordinal);
        string InSeedWording(string text) => rewordings.Aggregate(text, (t, r) => t.Replace(r.Key, r.Value, StringComparison.Ordinal));

        var missing = new List<string>();
        foreach (var (itemId, text) in all)
        {
            if (pieced.TryGetValue(text, out var encoded))
            {
                missing.AddRange(Untangled.Pieces(encoded).Where(p => !seed.ContainsPiece(p)).Select(p => $"{itemId}: piece \"{p}\""));
            }
            else if (!(glued ? seed.ContainsPiece(InSeedWording(text)) : seed.Contains(InSeedWording(text))))
            {
                missing.Add($"{itemId}: \"{text}\"");
            }
        }

        Assert.True(missing.Count == 0, "Not found in the seed:\n" + string.Join('\n', missing));
        Assert.All(pieced.Keys, text =>
            Assert.True(all.Any(t => t.Text == text) && !seed.ContainsPiece(text), $"untangled text unused or contiguous in the seed: {text}"));
        Assert.All(rewordings.Keys, key =>
        {
            var users = all.Where(t => t.Text.Contains(key, StringComparison.Ordinal)).ToList();
            Assert.True(users.Count > 0 && users.All(t => !seed.Contains(t.Text)), $"rewording unused or not needed: {key}");
        });
    }

    /// <summary>Asserts that the content's entries are the seed's, one for one and in order (both compared as the seed compares).</summary>
    public static void SameList(SeedText seed, IEnumerable<string> seedEntries, IEnumerable<string> content) =>
        Assert.Equal(seedEntries.Select(seed.Comparable), content.Select(seed.Comparable));

    /// <summary>Asserts that the content's entries are the seed's list entries between two markers (see <see cref="SeedText.Bullets"/>).</summary>
    public static void SameBullets(SeedText seed, string start, string end, IEnumerable<string> content) =>
        SameList(seed, seed.Bullets(start, end), content);
}
