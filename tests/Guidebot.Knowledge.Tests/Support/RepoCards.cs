using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Tests.Support;

/// <summary>The repository's own cards/ folder, copied beside the test assembly and loaded once.</summary>
public static class RepoCards
{
    private static readonly Lazy<Guide> Loaded = new(() => GuideLoader.Load(Path));
    private static readonly Lazy<Corrections> LoadedCorrections = new(() => CorrectionsLoader.Load(Path, Guide));

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "cards");

    public static Guide Guide => Loaded.Value;

    /// <summary>cards/corrections.yaml: the reviewed changes from the sources' wording and the bot's own labels.</summary>
    public static Corrections Corrections => LoadedCorrections.Value;

    public static Area Area(string id) =>
        Guide.FindArea(id) ?? throw new InvalidOperationException($"cards/ has no area '{id}'.");
}
