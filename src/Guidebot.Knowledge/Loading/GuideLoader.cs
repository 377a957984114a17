using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

/// <summary>
/// Reads cards/ (sources.yaml and one file per area under areas/) into a <see cref="Guide"/>.
/// Every problem is collected with its file and line and reported at once.
/// </summary>
public static class GuideLoader
{
    public const string SourcesFileName = "sources.yaml";
    public const string AreasFolderName = "areas";

    public static Guide Load(string cardsPath)
    {
        if (!Directory.Exists(cardsPath))
        {
            throw new DirectoryNotFoundException($"The content folder '{Path.GetFullPath(cardsPath)}' does not exist.");
        }

        var errors = new List<ContentError>();
        var sourcesPath = Path.Combine(cardsPath, SourcesFileName);
        var sourcesFile = YamlFile.Parse<SourcesFile>(sourcesPath, Relative(cardsPath, sourcesPath), errors);
        var sources = sourcesFile is null
            ? new Dictionary<string, Source>()
            : SourceValidator.Build(sourcesFile, Relative(cardsPath, sourcesPath), errors);

        var areaFiles = Directory.Exists(Path.Combine(cardsPath, AreasFolderName))
            ? Directory.GetFiles(Path.Combine(cardsPath, AreasFolderName), "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        if (areaFiles.Count == 0)
        {
            errors.Add(new ContentError(AreasFolderName, 0, "no area files (*.yaml) found"));
        }

        var builder = new AreaBuilder(sources, errors);
        foreach (var path in areaFiles)
        {
            var file = YamlFile.Parse<AreaFile>(path, Relative(cardsPath, path), errors);
            if (file is not null)
            {
                builder.Add(file, Relative(cardsPath, path));
            }
        }

        var areas = builder.Finish();
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        return new Guide(areas, sources);
    }

    private static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/');
}
