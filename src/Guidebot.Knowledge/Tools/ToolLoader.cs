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

    /// <summary>Loads the tools; <paramref name="isReservedCommand"/> tells the words the bot itself answers to (e.g. "menu"), which no tool may take.</summary>
    public static Toolbox Load(string cardsPath, Guide guide, Func<string, bool>? isReservedCommand = null)
    {
        var errors = new ContentErrors();
        var toolbox = Load(cardsPath, guide, isReservedCommand ?? (_ => false), errors);
        errors.ThrowIfAny();
        return toolbox;
    }

    internal static Toolbox Load(string cardsPath, Guide guide, Func<string, bool> isReservedCommand, ContentErrors errors)
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

                CheckCommands(tool, name, commands, isReservedCommand, errors, ToolDoc(file).At("commands"));
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

    // Typed words start one tool only, and never one of the bot's own commands; case does not matter.
    private static void CheckCommands(ITool tool, string file, Dictionary<string, string> commands, Func<string, bool> isReserved, ContentErrors errors, Location at)
    {
        foreach (var command in tool.Commands)
        {
            if (isReserved(command))
            {
                errors.Add(file, at, $"commands: '{command}' is one of Guidebot's own commands; choose another word");
            }
            else if (!commands.TryAdd(command, file))
            {
                errors.Add(file, at, $"commands: '{command}' already starts the tool in {commands[command]}");
            }
        }
    }
}
