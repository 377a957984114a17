using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Tools;

/// <summary>
/// Reads cards/tools/*.yaml into the <see cref="Toolbox"/>: one tool per file (a walkthrough, a set of
/// checklists or a lookup), every reference checked against the guide, ids and typed commands unique.
/// </summary>
public static class ToolLoader
{
    public const string FolderName = "tools";

    public static Toolbox Load(string cardsPath, Guide guide)
    {
        var errors = new ContentErrors();
        var toolbox = Load(cardsPath, guide, errors);
        errors.ThrowIfAny();
        return toolbox;
    }

    internal static Toolbox Load(string cardsPath, Guide guide, ContentErrors errors)
    {
        var folder = Path.Combine(cardsPath, FolderName);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
        var tools = new List<ITool>();
        var listIds = new HashSet<string>(StringComparer.Ordinal);
        var commands = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in files)
        {
            var name = GuideLoader.CardFilePath(cardsPath, path);
            if (YamlFile.Parse<ToolFile>(path, name, errors) is { } file && Build(file, new ToolChecks(guide, name, errors), listIds) is { } tool)
            {
                if (tools.Any(other => other.GetType() == tool.GetType() && other.Id == tool.Id))
                {
                    errors.Add(name, file.Location, $"another tool of this kind already has the id '{tool.Id}'");
                    continue;
                }

                CheckCommands(tool, name, commands, errors, ToolDoc(file).At("commands"));
                tools.Add(tool);
            }
        }

        return new Toolbox([.. tools.OfType<Walkthrough>()], [.. tools.OfType<ChecklistTool>()], [.. tools.OfType<Lookup>()]);
    }

    private static ITool? Build(ToolFile file, ToolChecks checks, HashSet<string> listIds)
    {
        var kinds = new LocatedDoc?[] { file.Walkthrough, file.Checklists, file.Lookup }.Count(kind => kind is not null);
        if (kinds != 1)
        {
            checks.Fail(file.Location, "a tool file holds exactly one of: walkthrough, checklists, lookup");
            return null;
        }

        return file switch
        {
            { Walkthrough: { } doc } => new WalkthroughBuilder(checks).Build(doc),
            { Checklists: { } doc } => new ChecklistBuilder(checks, listIds).Build(doc),
            { Lookup: { } doc } => new LookupBuilder(checks).Build(doc),
            _ => null,
        };
    }

    private static LocatedDoc ToolDoc(ToolFile file) => (LocatedDoc?)file.Walkthrough ?? (LocatedDoc?)file.Checklists ?? file.Lookup!;

    // Typed words start one tool only; case does not matter.
    private static void CheckCommands(ITool tool, string file, Dictionary<string, string> commands, ContentErrors errors, Location at)
    {
        foreach (var command in tool.Commands.Where(command => !commands.TryAdd(command, file)))
        {
            errors.Add(file, at, $"the command '{command}' already starts the tool in {commands[command]}");
        }
    }
}
