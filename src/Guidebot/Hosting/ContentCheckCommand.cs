using Guidebot.Bot;
using Guidebot.Knowledge.Loading;

namespace Guidebot.Hosting;

/// <summary>
/// <c>check-content [path]</c>: checks a cards/ folder exactly as the bot does before it serves, and prints
/// each error once as <c>cards/areas/x.yaml:18:5: message</c> (exit code 1), or one line saying all is well.
/// Without a path it checks the repository's cards/ when run inside a clone, else the bot's own content.
/// </summary>
internal static class ContentCheckCommand
{
    public const string Name = "check-content";

    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter errors)
    {
        if (arguments.Count > 1)
        {
            errors.WriteLine($"usage: {Name} [path to a cards folder]");
            return StartupFailure.ExitCode;
        }

        var path = Resolve(arguments.Count == 1 ? arguments[0] : "cards");
        if (path is null)
        {
            errors.WriteLine($"{arguments[0]}: no such folder");
            return StartupFailure.ExitCode;
        }

        try
        {
            var content = ContentLoader.Load(path, BuiltInCommands.Contains);
            output.WriteLine($"{Path.GetFileName(path)}/ is valid: {content.Guide.Areas.Count} areas, {content.Guide.Items.Count()} items, {content.Tools.All.Count()} tools, {content.Course.Modules.Count} onboarding modules.");
            return 0;
        }
        catch (ContentValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                errors.WriteLine(error);
            }

            return StartupFailure.ExitCode;
        }
    }

    // `dotnet run` starts the bot in its project folder, so a relative path is also looked for from each
    // folder above it (the repository root, where an editor's cards/ is); the bot's own copy comes last.
    private static string? Resolve(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Directory.Exists(path) ? path : null;
        }

        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, path);
        return Directory.Exists(shipped) ? shipped : null;
    }
}
