using Guidebot.Hosting;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Content;

/// <summary>
/// What a content editor's everyday changes to cards/ lead to: a broken reference stops the bot before it
/// serves (the same check as <c>check-content</c>) with one line per problem, at the place to fix, with the id
/// meant; what breaks nothing (reordering) changes nothing the user sees.
/// </summary>
public sealed class ContentMutationTests : IDisposable
{
    private readonly CardsCopy _cards = new();

    public void Dispose() => _cards.Dispose();

    [Fact]
    public void RenameItem_EveryReferenceToItIsReportedWhereItStandsWithTheNewId()
    {
        _cards.Edit("areas/motivation.yaml", "  - id: motivation-jobvejen\n", "  - id: motivation-jobvej\n");

        var (exit, output, errors) = Check();

        Assert.Equal(1, exit);
        Assert.Empty(output);
        var (line, column) = _cards.Find("tools/motivation.yaml", "motivation-jobvejen");
        Assert.Contains($"cards/tools/motivation.yaml:{line}:{column}: walkthrough 'motivation' page 'jobvejen': show: no item 'motivation-jobvejen' (did you mean 'motivation-jobvej'?)", errors);
        Assert.All(errors, error => Assert.Contains("no item 'motivation-jobvejen' (did you mean 'motivation-jobvej'?)", error, StringComparison.Ordinal));
        Assert.Equal(errors.Distinct(), errors);
    }

    [Fact]
    public void DeleteAnchoredBlock_TheToolThatShowsItIsReported()
    {
        _cards.Edit("areas/motivation.yaml", "          - { id: mistet-troen, text:", "          - { text:");

        var (exit, _, errors) = Check();

        Assert.Equal(1, exit);
        var (line, column) = _cards.Find("tools/motivation.yaml", "motivation-modstand#mistet-troen");
        Assert.StartsWith(
            $"cards/tools/motivation.yaml:{line}:{column}: walkthrough 'motivation' page 'mistet-troen': show: item 'motivation-modstand' has no anchor 'mistet-troen'",
            Assert.Single(errors),
            StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownField_IsOneErrorAtTheFieldAndNothingElseBreaks()
    {
        _cards.Edit("areas/raaderum.yaml", "  - id: raaderum-3\n", "  - id: raaderum-3\n    colour: red\n");

        var (exit, _, errors) = Check();

        Assert.Equal(1, exit);
        var (line, column) = _cards.Find("areas/raaderum.yaml", "colour");
        Assert.Equal([$"cards/areas/raaderum.yaml:{line}:{column}: unknown field 'colour'; allowed here: id, title, source, keywords, related, body"], errors);
    }

    [Fact]
    public void ToolCommandTakingABuiltInWord_IsReported()
    {
        _cards.Edit("tools/raaderum.yaml", "commands: [råderum,", "commands: [menu, råderum,");

        var (exit, _, errors) = Check();

        Assert.Equal(1, exit);
        Assert.Equal(["commands: 'menu' is one of Guidebot's own commands; choose another word"], errors.Select(error => error[(error.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
    }

    [Fact]
    public void Unchanged_IsValid()
    {
        var (exit, output, errors) = Check();

        Assert.Equal(0, exit);
        Assert.Empty(errors);
        Assert.StartsWith("cards/ is valid:", Assert.Single(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReorderBullets_TheWalkthroughStillShowsTheSamePoints()
    {
        var before = await ObservationPageAsync(GuideTestAdapter.Create());
        var paid = _cards.Find("areas/motivation.yaml", "{ id: skaerper-maalet,").Line;
        var lines = File.ReadAllLines(Path.Combine(_cards.Path, "areas/motivation.yaml")).ToList();
        lines.Reverse(paid - 1, 6);
        File.WriteAllLines(Path.Combine(_cards.Path, "areas/motivation.yaml"), lines);

        var after = await ObservationPageAsync(GuideTestAdapter.Create(new Dictionary<string, string?> { ["Knowledge:CardsPath"] = _cards.Path }));

        Assert.Equal(before, after);
    }

    private static async Task<string> ObservationPageAsync(TestAdapter adapter)
    {
        var walk = adapter.Services.GetRequiredService<Toolbox>().FindWalkthrough("motivation")!;
        var replies = await adapter.ProcessAsync(TestActivities.Click(System.Text.Json.JsonSerializer.SerializeToElement(new { verb = "walk", walk = walk.Id, page = "mistet-troen" })));
        var text = Assert.Single(replies).AllText();
        var paid = adapter.Services.GetRequiredService<Guide>().FindItem("motivation-loennede-timer")!.Body.OfType<BulletList>().Single().Entries;
        Assert.Contains(paid.Single(entry => entry.Id == "arbejdsidentitet").Text, text, StringComparison.Ordinal);
        return text;
    }

    private (int Exit, List<string> Output, List<string> Errors) Check()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = ContentCheckCommand.Run([_cards.Path], output, errors);
        return (exit, Lines(output), Lines(errors));
    }

    private static List<string> Lines(StringWriter writer) =>
        [.. writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
