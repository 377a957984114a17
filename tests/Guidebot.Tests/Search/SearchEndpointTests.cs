using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Search;

/// <summary>
/// What staff type mid-conversation, through POST /api/messages: the first card must be the source item a
/// consultant needs (issue 13's table), and a situation card found on the way is offered as "Alt om: …".
/// </summary>
public sealed class SearchEndpointTests(GuidebotFactory factory) : IClassFixture<GuidebotFactory>
{
    private const string OpenInGuide = "Åbn i guiden";
    private const string AllAbout = "Alt om: ";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("cirkulære spørgsmål", "spoergeteknik-karl-tomm", "spoergeteknik-fortid-komplekse", "spoergeteknik-fremtid-komplekse")]
    [InlineData("smerter", "flere-skal-med-tips-helbredsbarrierer", "skaanehensyn-konkret", "skaanehensyn-positive-reformuleringer")]
    [InlineData("borgeren siger han ikke kan arbejde pga smerter", "flere-skal-med-tips-helbredsbarrierer", "skaanehensyn-konkret", "skaanehensyn-positive-reformuleringer")]
    [InlineData("borgeren møder ikke op", "flere-skal-med-fravaer", "praktik-guide-under")]
    [InlineData("virksomheden siger det er for dyrt", "virksomheder-rekrutteringspris", "virksomheder-social-beregner", "virksomheder-fokus-behov")]
    [InlineData("spørgsmål til step-up samtale helbred", "step-up-spoergsmaal-helbred")]
    public async Task Post_WhatStaffType_FirstCardIsTheSourceItemNeeded(string typed, params string[] needed)
    {
        var reply = Assert.Single(await _client.ExchangeAsync(Activities.Message(typed, "search-table")));

        Assert.Contains(FirstCardItem(reply), needed);
    }

    [Theory]
    [InlineData("borgeren har ondt", "situation-borger-har-ondt")]
    [InlineData("borgeren møder ikke op", "situation-borger-moeder-ikke-op")]
    [InlineData("virksomheden siger det er for dyrt", "situation-virksomhed-for-dyrt")]
    public async Task Post_Situation_AnswersWithASourceItemAndOffersTheSituationCard(string typed, string situation)
    {
        var reply = Assert.Single(await _client.ExchangeAsync(Activities.Message(typed, $"situation-{situation}")));

        Assert.DoesNotContain("situation-", FirstCardItem(reply), StringComparison.Ordinal);
        var offered = Assert.Single(reply.SubmitButtons(), b => b.Title.StartsWith(AllAbout, StringComparison.Ordinal));
        Assert.Equal(situation, offered.Data.GetProperty("item").GetString());
    }

    [Fact]
    public async Task Post_SituationCardOpened_ShowsTheBotsNoteAndTheSourceItems()
    {
        var answer = Assert.Single(await _client.ExchangeAsync(Activities.Message("borgeren har ondt", "situation-open")));
        var allAbout = Assert.Single(answer.SubmitButtons(), b => b.Title.StartsWith(AllAbout, StringComparison.Ordinal));

        var click = Activities.Message(null, "situation-open");
        click.Value = allAbout.ClickValue();
        var card = Assert.Single(await _client.ExchangeAsync(click)).AllText();

        Assert.Contains("Borgeren siger: ”Jeg har ondt”", card, StringComparison.Ordinal);
        Assert.Contains("Guidebots note", card, StringComparison.Ordinal);
        Assert.Contains("Guidebots egen formulering", card, StringComparison.Ordinal);
        Assert.Contains("Tips til samtalen med borgere, der oplever helbredsmæssige barrierer for job", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hvem vandt fodboldkampen i går")]
    [InlineData("hvordan bliver vejret i morgen")]
    [InlineData("opskrift på lasagne")]
    public async Task Post_OutOfDomain_GetsTheNoMatchCard(string typed)
    {
        var reply = Assert.Single(await _client.ExchangeAsync(Activities.Message(typed, "search-out-of-domain")));

        Assert.Contains("Jeg fandt ikke et godt svar på:", reply.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(reply.SubmitButtons(), b => b.Title == OpenInGuide);
    }

    // The answer card shows one item in full; its "Åbn i guiden" button names that item.
    private static string FirstCardItem(BotFramework.Schema.Activity reply) =>
        Assert.Single(reply.SubmitButtons(), b => b.Title == OpenInGuide).Data.GetProperty("item").GetString()!;
}
