using System.Text.Json;
using Guidebot.Features.Feedback;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Onboarding;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Feedback;

/// <summary>
/// 👍/👎, comments, item views and missed searches through POST /api/messages, read back from the storage the bot uses.
/// Each test uses its own items, so the counts of one test do not add to another's.
/// </summary>
public sealed class FeedbackEndpointTests(LoggingFactory factory) : IClassFixture<LoggingFactory>
{
    private const string Cpr = "010203-1234";

    private readonly HttpClient _client = factory.CreateClient();

    private Guide Guide => factory.Services.GetRequiredService<Guide>();

    private FeedbackStore Store => factory.Services.GetRequiredService<FeedbackStore>();

    private static DateOnly Today => FeedbackKeys.Today(TimeProvider.System);

    [Fact]
    public async Task Vote_TwoUsersOnOneItem_CountsOneVoteEachAndASecondTapChangesIt()
    {
        var item = Guide.Items.ElementAt(3);
        var (first, second) = (NewUser(), NewUser());
        var card = await _client.OpenItemAsync(item.Id, first);

        var thanks = await _client.VoteAsync(card, helpful: true, first);
        await _client.VoteAsync(card, helpful: false, second);
        var afterFirstVotes = await Store.ReadItemAsync(Today, item.Id, default);
        await _client.VoteAsync(card, helpful: false, second);
        await _client.VoteAsync(card, helpful: true, second);

        Assert.Contains(FeedbackTexts.Thanks, thanks.AllText(), StringComparison.Ordinal);
        Assert.Equal((1, 1), (afterFirstVotes!.Up, afterFirstVotes.Down));
        var stored = await Store.ReadItemAsync(Today, item.Id, default);
        Assert.Equal((2, 0, 2), (stored!.Up, stored.Down, stored.Votes.Count));
    }

    [Fact]
    public async Task VoteDown_OffersTheCommentBoxAndSearchAgain_AndKeepsTheCommentAsTyped()
    {
        var item = Guide.Items.ElementAt(4);
        var user = NewUser();

        var whatWasMissing = await _client.VoteAsync(await _client.OpenItemAsync(item.Id, user), helpful: false, user);
        var saved = await _client.CommentAsync(whatWasMissing, "  Mangler et eksempel med  lønnede timer ", user);

        Assert.Contains(whatWasMissing.SubmitButtons(), b => b.Title == FeedbackTexts.SearchAgainButton);
        Assert.Contains(FeedbackTexts.CommentSaved, saved.AllText(), StringComparison.Ordinal);
        var stored = (await Store.ReadItemAsync(Today, item.Id, default))!;
        Assert.Equal("Mangler et eksempel med lønnede timer", Assert.Single(stored.Comments.Values));
        Assert.Equal(1, stored.Down);
    }

    [Fact]
    public async Task Comment_WithANameOrAnEmail_IsRefusedAndTheBoxComesBackWithoutThem()
    {
        var item = Guide.Items.ElementAt(6);
        var user = NewUser();
        var whatWasMissing = await _client.VoteAsync(await _client.OpenItemAsync(item.Id, user), helpful: false, user);

        var refused = await _client.CommentAsync(whatWasMissing, "Mangler et eksempel til Mette Hansen, anna.jensen@kommune.dk", user);
        var commentsAfterRefusal = (await Store.ReadItemAsync(Today, item.Id, default))!.Comments;
        var draft = refused.CommentDraft();
        await _client.CommentAsync(refused, draft!, user);

        Assert.Contains(FeedbackTexts.CommentHasPersonalData, refused.AllText(), StringComparison.Ordinal);
        Assert.Empty(commentsAfterRefusal);
        Assert.Equal("Mangler et eksempel til [navn] [navn], [e-mail]", draft);
        Assert.Equal(draft, Assert.Single((await Store.ReadItemAsync(Today, item.Id, default))!.Comments.Values));
    }

    [Fact]
    public async Task Comment_WithACprNumber_GetsTheReminderAndNothingIsStored()
    {
        var item = Guide.Items.ElementAt(5);
        var user = NewUser();
        var whatWasMissing = await _client.VoteAsync(await _client.OpenItemAsync(item.Id, user), helpful: false, user);

        var reply = await _client.CommentAsync(whatWasMissing, $"Borgeren {Cpr} forstod det ikke", user);

        Assert.Contains("CPR-nummer", reply.Text, StringComparison.Ordinal);
        var stored = await Store.ReadItemAsync(Today, item.Id, default);
        Assert.Empty(stored!.Comments);
        Assert.Equal(1, stored.Down);
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains("010203", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_WithoutAnAnswer_IsKeptScrubbedAndInLowerCase()
    {
        const string Typed = "Opskrift på lasagne til Mette Hansen, ring 12 34 56 78 eller skriv mette@example.dk";
        var reply = Assert.Single(await _client.ExchangeAsync(Activities.Message(Typed, "miss-" + NewUser())));
        await factory.Services.GetRequiredService<UsageLog>().FlushAsync(default);

        Assert.Contains("Jeg fandt ikke et godt svar", reply.AllText(), StringComparison.Ordinal);
        var misses = (await Store.ReadMissesAsync(Today, default))!.Queries;
        Assert.Equal(new MissCount(1, 0), misses["opskrift på lasagne til [navn] [navn], ring [nummer] eller skriv [e-mail]"]);
        Assert.DoesNotContain(misses.Keys, query => query.Contains("mette", StringComparison.Ordinal) || query.Contains("56", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains("lasagne", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VoteDown_OnASearchAnswer_KeepsTheSearchAsDisliked()
    {
        const string Typed = "virksomheden siger det er for dyrt";
        var user = NewUser();
        var answer = Assert.Single(await _client.ExchangeAsync(Activities.Message(Typed, $"conversation-of-{user}", user)));

        await _client.VoteAsync(answer, helpful: false, user);
        await _client.VoteAsync(answer, helpful: false, user);
        await factory.Services.GetRequiredService<UsageLog>().FlushAsync(default);

        Assert.Equal(new MissCount(0, 1), (await Store.ReadMissesAsync(Today, default))!.Queries[Typed]);
    }

    [Fact]
    public async Task ItemShown_ByClickOrAsASearchAnswer_IsCountedPerItemWithoutTheUser()
    {
        var user = NewUser();
        var answer = Assert.Single(await _client.ExchangeAsync(Activities.Message("hybrid praktik", $"conversation-of-{user}", user)));
        var itemId = answer.SubmitButtons().First(b => b.Title == FeedbackTexts.Helpful).Data.GetProperty("item").GetString()!;
        var usage = factory.Services.GetRequiredService<UsageLog>();
        await usage.FlushAsync(default);
        var before = (await Store.ReadItemAsync(Today, itemId, default))!.Views;

        await _client.OpenItemAsync(itemId, user);
        await _client.OpenItemAsync(itemId, NewUser());
        await usage.FlushAsync(default);

        var stored = await Store.ReadItemAsync(Today, itemId, default);
        Assert.Equal(2, stored!.Views - before);
        Assert.True(before >= 1, "the search answer counts as a view");
        Assert.Contains(itemId, await Store.ItemsOnAsync(Today, default));
        Assert.Empty(stored.Votes);
    }

    [Fact]
    public async Task ItemRead_OnAWalkthroughPageACourseCardOrALookupEntry_CountsAsAVisit()
    {
        var tools = factory.Services.GetRequiredService<Toolbox>();
        var walk = tools.Walkthroughs[0];
        var module = factory.Services.GetRequiredService<Course>().Modules[^1];
        var lookup = tools.Lookups.First(l => l.Lists.Any(list => list.Entries.Count > 0));
        var list = lookup.Lists.First(l => l.Entries.Count > 0);
        string[] read = [walk.FirstPage.Sections.SelectMany(section => section.Parts).First().Item.Id, module.Reading[0].Id, list.Entries[^1].Id];
        var usage = factory.Services.GetRequiredService<UsageLog>();
        await usage.FlushAsync(default);
        var before = await ViewsAsync(read);
        var user = NewUser();

        await _client.ExchangeAsync(FeedbackClicks.Click(Json($$"""{"verb":"walk","walk":"{{walk.Id}}"}"""), user));
        await _client.ExchangeAsync(FeedbackClicks.Click(Json($$"""{"verb":"onboarding-kort","module":"{{module.Id}}","position":0}"""), user));
        await _client.ExchangeAsync(FeedbackClicks.Click(Json($$"""{"verb":"lookup-entry","lookup":"{{lookup.Id}}","list":"{{list.Id}}","item":"{{list.Entries[^1].Id}}"}"""), user));
        await usage.FlushAsync(default);

        var after = await ViewsAsync(read);
        Assert.Equal(read.Select(id => read.Count(other => other == id)), after.Zip(before, (a, b) => a - b));
    }

    private async Task<List<int>> ViewsAsync(IEnumerable<string> itemIds)
    {
        List<int> views = [];
        foreach (var id in itemIds)
        {
            views.Add((await Store.ReadItemAsync(Today, id, default))?.Views ?? 0);
        }

        return views;
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    private static string NewUser() => "user-" + Guid.NewGuid().ToString("N");
}
