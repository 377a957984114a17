using System.Collections.Concurrent;

namespace Guidebot.Knowledge.Tests.Support;

/// <summary>The seed of each source document in sources.yaml, loaded once; tests using it skip when ../shared/ is absent.</summary>
public static class SourceSeeds
{
    private static readonly Dictionary<string, (string File, SeedMarkup Markup)> Files = new(StringComparer.Ordinal)
    {
        ["raaderum"] = (SeedText.Raaderum, SeedMarkup.Keep),
        ["cabi"] = (SeedText.Cabi, SeedMarkup.Keep),
        ["fsm2"] = (SeedText.FlereSkalMed, SeedMarkup.Keep),
        ["faglighed"] = (SeedText.Faglighed, SeedMarkup.Strip),
    };

    private static readonly ConcurrentDictionary<string, SeedText> Loaded = new(StringComparer.Ordinal);

    /// <summary>Whether the team has this document's text (a document added later may not have a seed yet).</summary>
    public static bool Has(string documentId) => Files.ContainsKey(documentId);

    public static SeedText For(string documentId) =>
        Loaded.GetOrAdd(documentId, id => SeedText.Load(Files[id].File, Files[id].Markup));
}
