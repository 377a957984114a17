using Guidebot.BotFramework.Dialogs.Prompts;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Features.Teams;

/// <summary>
/// The checklists the compose-box search offers besides items: every list when it opens, and the lists a query
/// names — it must name the tool (a word of its title or commands, e.g. "step-up", "tjekliste") and may narrow
/// it with the list's words ("step-up helbred"), so a query about health alone still finds items first.
/// </summary>
internal static class ChecklistResults
{
    // Shorter words must match whole, so the first letters typed do not already pull in every list.
    private const int PrefixLength = 3;

    public static IEnumerable<TickList> All(Toolbox tools) => tools.Checklists.SelectMany(tool => tool.Lists);

    public static IEnumerable<TickList> Matching(Toolbox tools, string query)
    {
        var words = Words(query);
        return words.Length == 0
            ? []
            : tools.Checklists
                .Where(tool => words.Any(word => Words([tool.Title, .. tool.Commands]).Any(name => Matches(name, word))))
                .SelectMany(tool => tool.Lists.Where(list =>
                {
                    var names = Words([tool.Title, .. tool.Commands, list.Title, list.Button]);
                    return words.All(word => names.Any(name => Matches(name, word)));
                }));
    }

    private static bool Matches(string name, string word) =>
        word.Length >= PrefixLength ? name.StartsWith(word, StringComparison.Ordinal) : name == word;

    private static string[] Words(params IEnumerable<string> texts) =>
        TextFolding.Fold(string.Join(' ', texts)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
