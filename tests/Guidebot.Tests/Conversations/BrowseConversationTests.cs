using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Conversations;

public sealed class BrowseConversationTests
{
    [Fact]
    public async Task Browse_MenuAreaItemNextBack_GoesWhereTheButtonsSay()
    {
        await new TestFlow(GuideTestAdapter.Create())
            .Send("hej")
            .AssertReply("Eller vælg et emne")
            .Click("Det praksisfaglige råderum")
            .AssertReply("De 10 guidelines")
            .Click(buttons => buttons.FirstOrDefault(b => b.Title == "Sæt den rigtige dagsorden fra start"), "guideline 3")
            .AssertReply(reply =>
            {
                Assert.Contains("Det praksisfaglige råderum · 4 af 12", reply.AllText(), StringComparison.Ordinal);
                Assert.Contains("Kilde: Guidelines for god beskæftigelsesfaglighed", reply.AllText(), StringComparison.Ordinal);
            })
            .Click("Næste")
            .AssertReply("Gør det, der giver mening")
            .Send("tilbage")
            .AssertReply("Emner")
            .Send("tilbage")
            .AssertReply("Eller vælg et emne")
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_TypedAnywhere_ExplainsWhatCanBeTyped()
    {
        await new TestFlow(GuideTestAdapter.Create())
            .Send("hjælp")
            .AssertReply(reply => Assert.Contains("går et niveau op", reply.AllText(), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task StaleButton_UnknownItem_LeadsToTheMenu()
    {
        var adapter = GuideTestAdapter.Create();

        var replies = await adapter.ProcessAsync(TestActivities.Click(System.Text.Json.JsonDocument.Parse("""{"verb":"item","item":"removed-item"}""").RootElement));

        Assert.Contains("Eller vælg et emne", Assert.Single(replies).AllText(), StringComparison.Ordinal);
    }
}

public sealed class WelcomeConversationTests
{
    [Fact]
    public async Task Install_InstallationUpdateThenConversationUpdate_WelcomesOnce()
    {
        var adapter = GuideTestAdapter.Create();
        var install = TestActivities.Message(null);
        install.Type = Guidebot.BotFramework.Schema.ActivityTypes.InstallationUpdate;
        install.Action = "add";

        var first = await adapter.ProcessAsync(install);
        var second = await adapter.ProcessAsync(TestActivities.MembersAdded(includeBot: true));

        Assert.Contains("Eller vælg et emne", Assert.Single(first).AllText(), StringComparison.Ordinal);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Uninstall_GetsNoReply()
    {
        var uninstall = TestActivities.Message(null);
        uninstall.Type = Guidebot.BotFramework.Schema.ActivityTypes.InstallationUpdate;
        uninstall.Action = "remove";

        Assert.Empty(await GuideTestAdapter.Create().ProcessAsync(uninstall));
    }
}
