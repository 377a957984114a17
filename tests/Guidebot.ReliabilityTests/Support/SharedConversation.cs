namespace Guidebot.ReliabilityTests.Support;

/// <summary>One conversation carried on alternately by two bot instances (processes or containers) that share their state.</summary>
public static class SharedConversation
{
    /// <summary>
    /// Menu on the first, an area on the second, an item on the first, "tilbage" on the second: the second must lead
    /// back to the area, which it can only know from the state the first one saved.
    /// </summary>
    public static async Task AssertContinuesAcrossAsync(HttpClient first, HttpClient second, string conversationId)
    {
        var menu = Assert.Single(await first.ExchangeAsync(Turns.Message("hej", conversationId)));
        var area = Assert.Single(await second.ExchangeAsync(Turns.Click(CardButtons.Data(menu, "area"), conversationId)));
        var item = Assert.Single(await first.ExchangeAsync(Turns.Click(CardButtons.Data(area, "item"), conversationId)));

        var back = Assert.Single(await second.ExchangeAsync(Turns.Message("tilbage", conversationId)));

        Assert.Equal(CardButtons.Titles(area), CardButtons.Titles(back));
        Assert.NotEqual(CardButtons.Titles(item), CardButtons.Titles(back));
    }
}
