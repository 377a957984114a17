using System.Text.Json;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

public sealed class OnboardingConversationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("guidebot-onboarding-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Course_ReadQuizRestartResume_KeepsProgressInUserState()
    {
        var before = CreateOnSqlite();
        await new TestFlow(before)
            .Send("hej")
            .AssertReply("Eller vælg et emne")
            .Click("Onboarding for nye konsulenter")
            .AssertReply("0 af 11 moduler gennemført")
            .Click("Det praksisfaglige råderum")
            .AssertReply("12 kort at læse, ét ad gangen, og 3 spørgsmål til sidst.")
            .Click("Start modulet")
            .AssertReply("Modul 1 af 11: Det praksisfaglige råderum · Kort 1 af 12")
            .ClickNext(11)
            .AssertReply(reply => Assert.Contains("Råderummet i én sætning", reply.AllText(), StringComparison.Ordinal))
            .Click("Næste")
            .AssertReply("Quiz · spørgsmål 1 af 3")
            .Click("En fast procedure, der beskriver hvert skridt i borgerens forløb")
            .AssertReply(reply =>
            {
                var text = reply.AllText();
                Assert.Contains("Ikke helt.", text, StringComparison.Ordinal);
                Assert.Contains("Det rigtige svar: Retten og pligten til at bruge sin faglighed", text, StringComparison.Ordinal);
                Assert.Contains("tænke ud af boksen", text, StringComparison.Ordinal);
                Assert.Contains(reply.SubmitButtons(), b => b.Title == "Se: Råderummet i én sætning");
            })
            .Click("Næste spørgsmål")
            .AssertReply("spørgsmål 2 af 3")
            .Click("På en ordinær arbejdsplads blandt ordinært ansatte kolleger")
            .AssertReply(reply => Assert.Contains("Rigtigt!", reply.AllText(), StringComparison.Ordinal))
            .Click("Næste spørgsmål")
            .AssertReply("spørgsmål 3 af 3")
            .Click("Positive forventninger og ”professionel optimisme”")
            .AssertReply("Rigtigt!")
            .Click("Se resultat")
            .AssertReply(reply =>
            {
                Assert.Contains("Du svarede rigtigt på 2 af 3 spørgsmål.", reply.AllText(), StringComparison.Ordinal);
                Assert.Contains("1 af 11 moduler gennemført", reply.AllText(), StringComparison.Ordinal);
            })
            .Click("Næste modul: De seks kompetencefelter og de tre dimensioner")
            .AssertReply("Modul 2 af 11: De seks kompetencefelter og de tre dimensioner")
            .Click("Start modulet")
            .AssertReply("Kort 1 af 8")
            .ClickNext(2)
            .AssertReply(reply => Assert.Contains("Modul 2 af 11: De seks kompetencefelter og de tre dimensioner · Kort 3 af 8", reply.AllText(), StringComparison.Ordinal))
            .StartTestAsync();
        await ((ServiceProvider)before.Services).DisposeAsync();

        // A new host on the same file, in a new conversation: the progress belongs to the user.
        await new TestFlow(CreateOnSqlite(), conversationId: "conversation-2")
            .Send("onboarding")
            .AssertReply(reply =>
            {
                Assert.Contains("1 af 11 moduler gennemført", reply.AllText(), StringComparison.Ordinal);
                Assert.Contains("✓ 1. Det praksisfaglige råderum", reply.AllText(), StringComparison.Ordinal);
            })
            .Click("Fortsæt hvor jeg slap")
            .AssertReply(reply =>
            {
                Assert.Contains("Modul 2 af 11: De seks kompetencefelter og de tre dimensioner · Kort 3 af 8", reply.AllText(), StringComparison.Ordinal);
                Assert.Contains("Grundlæggende og specialiseret niveau", reply.AllText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Answer_ClickedAgainOnAnOldCard_ShowsFeedbackButCountsTheFirst()
    {
        await new TestFlow(GuideTestAdapter.Create())
            .Send("onboarding")
            .AssertReply("Moduler")
            .Click("Flere skal med og step-up")
            .AssertReply("8 kort at læse")
            .Click("Gå til quizzen")
            .AssertReply("spørgsmål 1 af 3")
            .Click("Ugentligt")
            .AssertReply("Rigtigt!")
            .Click("Næste spørgsmål")
            .AssertReply("spørgsmål 2 af 3")
            .Click("Når borgeren er startet i ordinære timer")
            .AssertReply("Ikke helt.")
            .Send(TestActivities.Click(JsonDocument.Parse("""{"verb":"onboarding-svar","module":"flere-skal-med","question":1,"option":1}""").RootElement))
            .AssertReply("Rigtigt!")
            .Click("Næste spørgsmål")
            .AssertReply("spørgsmål 3 af 3")
            .Click("Gennem 1-2 tværfaglige samtaler, hvor borgeren selv deltager")
            .AssertReply("Rigtigt!")
            .Click("Se resultat")
            .AssertReply(reply =>
            {
                Assert.Contains("Du svarede rigtigt på 2 af 3 spørgsmål.", reply.AllText(), StringComparison.Ordinal);
                Assert.Contains("Næste modul: Step-up: forberedelse, samtaler og aftaler", reply.SubmitButtons().Select(b => b.Title));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Resume_NothingUnderWay_ShowsTheOverview()
    {
        await new TestFlow(GuideTestAdapter.Create())
            .Send("fortsæt hvor jeg slap")
            .AssertReply(reply =>
            {
                Assert.Contains("0 af 11 moduler gennemført", reply.AllText(), StringComparison.Ordinal);
                Assert.DoesNotContain("Fortsæt hvor jeg slap", reply.SubmitButtons().Select(b => b.Title));
            })
            .StartTestAsync();
    }

    private TestAdapter CreateOnSqlite() => GuideTestAdapter.Create(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:Sqlite:Path"] = Path.Combine(_folder, "guidebot.db"),
    });
}

/// <summary>Clicks Næste a number of times; the caller asserts the card it ends on.</summary>
internal static class TestFlowNext
{
    public static TestFlow ClickNext(this TestFlow flow, int times)
    {
        flow = flow.Click("Næste");
        for (var i = 1; i < times; i++)
        {
            flow = flow.AssertReply(_ => { }).Click("Næste");
        }

        return flow;
    }
}
