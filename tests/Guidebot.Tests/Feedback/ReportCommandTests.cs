using Guidebot.BotFramework.Storage;
using Guidebot.Features.Feedback;
using Guidebot.Hosting;
using Guidebot.Knowledge.Loading;
using Microsoft.Data.Sqlite;

namespace Guidebot.Tests.Feedback;

/// <summary><c>report</c> as an editor runs it, in-process, on a SQLite state file seeded as the bot would have written it.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private const string NeverVisited = "raaderum-intro";

    private readonly string _folder = Directory.CreateTempSubdirectory("guidebot-report-").FullName;

    private string DatabasePath => Path.Combine(_folder, "state.db");

    private static DateOnly Today => FeedbackKeys.Today(TimeProvider.System);

    [Fact]
    public async Task Run_SeededStorage_PrintsTheListsWithBarsInOrder()
    {
        await SeedAsync();

        var (exit, output, errors) = await RunAsync("--since", "30d", "--storage", DatabasePath);

        Assert.True(exit == 0, errors);
        var lines = output.Split('\n');
        Assert.StartsWith("Guidebot feedback report, ", lines[0], StringComparison.Ordinal);
        var kursus = Line(lines, "kursus");
        Assert.Matches(@"^\s+4\s+4\s+0\s+█{20}\s+kursus$", kursus);
        Assert.Matches(@"^\s+2\s+1\s+1\s+█{10}\s+lønrefusion$", Line(lines, "lønrefusion"));
        Assert.True(Array.IndexOf(lines, kursus) < Array.IndexOf(lines, Line(lines, "lønrefusion")));
        Assert.DoesNotContain("gammel", output, StringComparison.Ordinal);
        Assert.Matches(@"^\s+75%\s+3\s+1\s+█+\s+Du kan ”gøre det hele selv” \(raaderum-1\)$", Line(lines, "(raaderum-1)"));
        Assert.Contains(lines, line => line.Trim() == "”mangler et eksempel”");
        Assert.DoesNotContain("(raaderum-2)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(raaderum-3)", output, StringComparison.Ordinal);
        Assert.Contains("Never-visited items: 1", output, StringComparison.Ordinal);
        Assert.Contains(lines, line => line.Trim().StartsWith(NeverVisited + " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_LongerPeriod_IncludesOlderDays()
    {
        await SeedAsync();

        var (exit, output, _) = await RunAsync("--since", "60d", "--storage", DatabasePath);

        Assert.Equal(0, exit);
        Assert.Contains("gammel", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report: --since takes a number of days such as 30d, not 'abc'", "--since", "abc")]
    [InlineData("report: --since needs a value", "--since")]
    [InlineData("report: unknown argument '--bogus'", "--bogus", "1")]
    public async Task Run_BadArguments_SaysWhatIsWrongWithTheUsageAndExits1(string expected, params string[] arguments)
    {
        var (exit, output, errors) = await RunAsync(arguments);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal([expected, "usage: report [--since <days>d] [--storage <SQLite state file>]"], errors.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Run_StorageFileMissing_SaysSoAndExits1()
    {
        var (exit, _, errors) = await RunAsync("--storage", DatabasePath);

        Assert.Equal(1, exit);
        Assert.Equal($"{DatabasePath}: no such file", errors.Trim());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    // Every item of the guide shown but one; votes on three items; searches today and 40 days ago.
    private async Task SeedAsync()
    {
        using var storage = new SqliteStorage(new SqliteStorageOptions { Path = DatabasePath });
        var store = new FeedbackStore(storage);
        var guide = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "cards")).Guide;
        foreach (var item in guide.Items.Where(item => item.Id != NeverVisited))
        {
            await store.AddViewsAsync(Today, item.Id, 2, default);
        }

        foreach (var (voter, helpful) in new[] { ("a", false), ("b", false), ("c", true), ("d", false) })
        {
            await store.VoteAsync(Today, "raaderum-1", voter, helpful, default);
        }

        await store.CommentAsync(Today, "raaderum-1", "a", "mangler et eksempel", 50, default);
        await store.VoteAsync(Today, "raaderum-2", "a", true, default);
        await store.VoteAsync(Today, "raaderum-2", "b", true, default);
        await store.VoteAsync(Today, "raaderum-2", "c", true, default);
        await store.VoteAsync(Today, "raaderum-3", "a", false, default);
        await store.AddMissesAsync(Today, new Dictionary<string, MissCount> { ["kursus"] = new(4, 0), ["lønrefusion"] = new(1, 1) }, 500, default);
        await store.AddMissesAsync(Today.AddDays(-40), new Dictionary<string, MissCount> { ["gammel"] = new(9, 0) }, 500, default);
    }

    private static string Line(string[] lines, string text) => Assert.Single(lines, line => line.Contains(text, StringComparison.Ordinal));

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await ReportCommand.RunAsync(arguments, output, errors);
        return (exit, output.ToString().Replace("\r", string.Empty, StringComparison.Ordinal), errors.ToString());
    }
}
