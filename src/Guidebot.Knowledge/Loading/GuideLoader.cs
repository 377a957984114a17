using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

/// <summary>
/// Reads cards/ (sources.yaml and one file per area under areas/) into a <see cref="Guide"/>.
/// Every problem is collected with its file, line and column and reported at once.
/// </summary>
public static class GuideLoader
{
    public const string SourcesFileName = "sources.yaml";
    public const string AreasFolderName = "areas";

    public static Guide Load(string cardsPath)
    {
        var errors = new ContentErrors();
        var guide = Load(cardsPath, errors);
        errors.ThrowIfAny();
        return guide!;
    }

    /// <summary>
    /// The guide, or null when a file could not be read at all: links into it would then be reported as
    /// missing although they are not, so nothing further is checked until the file reads.
    /// </summary>
    internal static Guide? Load(string cardsPath, ContentErrors errors)
    {
        if (!Directory.Exists(cardsPath))
        {
            throw new DirectoryNotFoundException($"The content folder '{Path.GetFullPath(cardsPath)}' does not exist.");
        }

        var sourcesFile = YamlFile.Parse<SourcesFile>(Path.Combine(cardsPath, SourcesFileName), SourcesFileName, errors);
        var sources = sourcesFile is null ? [] : SourceValidator.Build(sourcesFile, SourcesFileName, errors);

        var folder = Path.Combine(cardsPath, AreasFolderName);
        var areaFiles = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
        if (areaFiles.Count == 0)
        {
            errors.Add(new ContentError(AreasFolderName, 0, "no area files (*.yaml) found"));
        }

        var references = new ReferenceChecks(errors);
        var builder = new AreaBuilder(sources, errors, references);
        var unreadable = sourcesFile is null;
        foreach (var path in areaFiles)
        {
            var name = CardFilePath(cardsPath, path);
            if (YamlFile.Parse<AreaFile>(path, name, errors) is { } file)
            {
                builder.Add(file, name);
                DeadReferenceRule.Check(file, name, sources, errors);
            }
            else
            {
                unreadable = true;
            }
        }

        if (unreadable)
        {
            return null;
        }

        var guide = new Guide(ShowResolver.Resolve(builder.Finish(), errors), sources);
        references.Check(guide);
        return guide;
    }

    /// <summary>A file's name relative to cards/, with forward slashes, as errors name it.</summary>
    internal static string CardFilePath(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/');
}
