using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Guidebot.Features.Privacy;
using Guidebot.Features.StepUp;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

/// <summary>The step-up checklists: tick, save, see the status, update, reset — and only ids are kept.</summary>
public sealed class StepUpChecklistTests
{
    [Theory]
    [InlineData("helbred", StepUpTexts.HealthButton, 19)]
    [InlineData("familie", StepUpTexts.FamilyButton, 21)]
    public async Task Checklist_TickSaveUpdateReset_SummaryListsExactlyTheTickedPoints(string barrier, string button, int count)
    {
        var adapter = GuideTestAdapter.Create();
        var sections = ExpectedSections(adapter.Services.GetRequiredService<Guide>(), barrier);
        var points = sections.SelectMany(section => section.Points).ToList();
        var first = points.Where((_, i) => i % 3 == 0).Select(point => point.Id).ToHashSet();
        var second = points.Take(points.Count - 2).Select(point => point.Id).ToHashSet();

        await new TestFlow(adapter)
            .Send("step-up")
            .AssertReply(StepUpTexts.ChoicePrompt)
            .Click(button)
            .AssertReply(reply =>
            {
                Assert.Equal(points.Select(point => (point.Id, point.Text)), Toggles(reply).Select(toggle => (toggle.Id, toggle.Title)));
                Assert.All(Toggles(reply), toggle => Assert.Null(toggle.Value));
                Assert.Contains(StepUpTexts.Progress(0, count), reply.AllText(), StringComparison.Ordinal);
            })
            .Click(StepUpTexts.SaveButton, Inputs(points, first))
            .AssertReply(reply => AssertSummary(reply, sections, first))
            .AssertReply(reply => Assert.Equal(first, Ticked(reply)))
            .Click(StepUpTexts.SaveButton, Inputs(points, second))
            .AssertReply(reply => AssertSummary(reply, sections, second))
            .AssertReply(reply => Assert.Equal(second, Ticked(reply)))
            .Click(StepUpTexts.ResetButton)
            .AssertReply(reply =>
            {
                Assert.Contains(StepUpTexts.ResetDone, reply.AllText(), StringComparison.Ordinal);
                Assert.Empty(Ticked(reply));
                Assert.Equal(points.Count, Toggles(reply).Count);
            })
            .Send("step up")
            .AssertReply(reply => Assert.Contains(button, reply.SubmitButtons().Select(b => b.Title)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Checklist_Resumed_ShowsTheSavedTicksAndProgressOnTheChoice()
    {
        var adapter = GuideTestAdapter.Create();
        var points = ExpectedSections(adapter.Services.GetRequiredService<Guide>(), "familie").SelectMany(section => section.Points).ToList();
        var ticked = points.Take(4).Select(point => point.Id).ToHashSet();

        await new TestFlow(adapter)
            .Send("stepup")
            .AssertReply(StepUpTexts.ChoicePrompt)
            .Click(StepUpTexts.FamilyButton)
            .AssertReply(StepUpTexts.ChecklistTitle("familie"))
            .Click(StepUpTexts.SaveButton, Inputs(points, ticked))
            .AssertReply(StepUpTexts.SummaryTitle("familie"))
            .AssertReply(StepUpTexts.ChecklistTitle("familie"))
            .Send("menu")
            .AssertReply("Eller vælg et emne")
            .Send("step-up")
            .AssertReply(reply => Assert.Contains(StepUpTexts.ChoiceButton(StepUpTexts.FamilyButton, 4, points.Count), reply.SubmitButtons().Select(b => b.Title)))
            .Click(StepUpTexts.ChoiceButton(StepUpTexts.FamilyButton, 4, points.Count))
            .AssertReply(reply => Assert.Equal(ticked, Ticked(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Checklist_FromTheAreaCard_OpensTheBarriersChecklist()
    {
        await new TestFlow(GuideTestAdapter.Create())
            .Send("menu")
            .AssertReply("Eller vælg et emne")
            .Click("Step-up tjeklister")
            .AssertReply(reply => Assert.Contains(StepUpTexts.ToolFamily, reply.SubmitButtons().Select(b => b.Title)))
            .Click(StepUpTexts.ToolHealth)
            .AssertReply(reply => Assert.Contains(Toggles(reply), toggle => toggle.Id == "maalgruppe.helbred"))
            .Click(BotTexts.BackButton)
            .AssertReply(StepUpTexts.ChoicePrompt)
            .Click(BotTexts.BackButton)
            .AssertReply(reply => Assert.Contains(StepUpTexts.ToolHealth, reply.SubmitButtons().Select(b => b.Title)))
            .StartTestAsync();
    }

    [Fact]
    public async Task State_AfterSavingWithExtraInputs_HoldsOnlyTheBarrierAndTickedIds()
    {
        var adapter = GuideTestAdapter.Create();
        var guide = adapter.Services.GetRequiredService<Guide>();
        var points = ExpectedSections(guide, "helbred").SelectMany(section => section.Points).ToList();
        var inputs = new Dictionary<string, string>(Inputs(points, new HashSet<string> { "maalgruppe.gruppe-1", "samtykke.samtykke-dele-indhente" }))
        {
            ["note"] = "Jens Hansen, sygemeldt med stress",
            ["deltagere-familie.borger"] = "true",
        };
        var withCpr = new Dictionary<string, string>(Inputs(points, new HashSet<string> { "maalgruppe.helbred" })) { ["note"] = "Jens 010190-1234" };

        await new TestFlow(adapter)
            .Send("step-up")
            .AssertReply(StepUpTexts.ChoicePrompt)
            .Click(StepUpTexts.HealthButton)
            .AssertReply(StepUpTexts.ChecklistTitle("helbred"))
            .Click(StepUpTexts.SaveButton, inputs)
            .AssertReply(StepUpTexts.SummaryTitle("helbred"))
            .AssertReply(StepUpTexts.ChecklistTitle("helbred"))
            .Click(StepUpTexts.SaveButton, withCpr)
            .AssertReply(PrivacyTexts.CprReminder)
            .StartTestAsync();

        var state = await ReadConversationStateAsync(adapter);
        Assert.Equal("""{"ticked":{"helbred":["maalgruppe.gruppe-1","samtykke.samtykke-dele-indhente"]}}""", state["StepUp"].GetRawText());
        var everything = JsonSerializer.Serialize(state, BotFrameworkJson.Default.DictionaryStringJsonElement);
        Assert.DoesNotContain("Jens", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("sygemeldt", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("010190", everything, StringComparison.Ordinal);
        Assert.All(points, point => Assert.DoesNotContain(JsonEncodedText.Encode(point.Text).ToString(), everything, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Checklist_StaleBarrier_ShowsTheChoiceAgain()
    {
        var adapter = GuideTestAdapter.Create();

        var replies = await adapter.ProcessAsync(TestActivities.Click(JsonDocument.Parse("""{"verb":"stepup-save","barrier":"gammel","maalgruppe.gruppe-1":"true"}""").RootElement));

        Assert.Contains(StepUpTexts.ChoicePrompt, Assert.Single(replies).AllText(), StringComparison.Ordinal);
    }

    private sealed record Section(string Label, IReadOnlyList<(string Id, string Text)> Points);

    // Built here from the content by id, independently of the bot's own assembly of the checklist.
    private static List<Section> ExpectedSections(Guide guide, string barrier)
    {
        Checklist Find(string item, string id) => guide.FindItem(item)!.Body.OfType<Checklist>().Single(c => c.Id == id);
        List<(string, string)> All(string item, string id) => [.. Find(item, id).Entries.Select(e => ($"{id}.{e.Id}", e.Text))];
        var questions = guide.FindItem($"step-up-spoergsmaal-{barrier}")!.Body.OfType<QuestionList>().Single().Texts;
        Assert.Equal(3, questions.Count);
        return
        [
            new(StepUpTexts.TargetGroupSection, [.. All("step-up-maalgruppe", "maalgruppe").Where(p => p.Item1 == "maalgruppe.gruppe-1" || p.Item1 == $"maalgruppe.{barrier}")]),
            new(StepUpTexts.QuestionsSection, [.. questions.Select((q, i) => ($"step-up-spoergsmaal-{barrier}.{i + 1}", q))]),
            new(StepUpTexts.ParticipantsSection, All($"step-up-tjekliste-{barrier}", $"deltagere-{barrier}")),
            new(StepUpTexts.DocumentsSection, All($"step-up-tjekliste-{barrier}", $"dokumenter-{barrier}")),
            new(StepUpTexts.AgreementSection, All("step-up-aftalespoergsmaal", "aftalespoergsmaal")),
            new(StepUpTexts.ConsentSection, All("step-up-samtykke", "samtykke")),
        ];
    }

    // What Teams submits: every toggle, "true" when ticked, "false" otherwise.
    private static Dictionary<string, string> Inputs(IEnumerable<(string Id, string Text)> points, HashSet<string> ticked) =>
        points.ToDictionary(point => point.Id, point => ticked.Contains(point.Id) ? "true" : "false");

    private static void AssertSummary(Activity reply, IReadOnlyList<Section> sections, HashSet<string> ticked)
    {
        var lines = reply.AllText().Split('\n');
        var points = sections.SelectMany(section => section.Points).ToList();
        Assert.Contains(StepUpTexts.Progress(ticked.Count, points.Count), lines);
        Assert.Empty(Toggles(reply));
        foreach (var section in sections)
        {
            Assert.Contains(StepUpTexts.SectionProgress(section.Label, section.Points.Count(p => ticked.Contains(p.Id)), section.Points.Count), lines);
        }

        Assert.Equal(points.Where(p => ticked.Contains(p.Id)).Select(p => StepUpTexts.Done(p.Text)), lines.Where(line => line.StartsWith("✓ ", StringComparison.Ordinal)));
        Assert.Equal(points.Where(p => !ticked.Contains(p.Id)).Select(p => StepUpTexts.Missing(p.Text)), lines.Where(line => line.StartsWith("☐ ", StringComparison.Ordinal)));
    }

    private static HashSet<string> Ticked(Activity reply) =>
        [.. Toggles(reply).Where(toggle => toggle.Value == "true").Select(toggle => toggle.Id)];

    private static List<(string Id, string Title, string? Value)> Toggles(Activity reply)
    {
        var toggles = new List<(string, string, string?)>();
        void Collect(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("type", out var type) && type.GetString() == "Input.Toggle")
                {
                    toggles.Add((element.GetProperty("id").GetString()!, element.GetProperty("title").GetString()!, element.TryGetProperty("value", out var v) ? v.GetString() : null));
                }

                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item);
                }
            }
        }

        Collect(reply.Card()!.Value);
        return toggles;
    }

    private static async Task<Dictionary<string, JsonElement>> ReadConversationStateAsync(TestAdapter adapter)
    {
        var key = adapter.Services.GetRequiredService<ConversationState>().GetStorageKey(TestActivities.Message(null));
        var stored = await adapter.Services.GetRequiredService<IStorage>().ReadAsync(key, BotFrameworkJson.Default.DictionaryStringJsonElement, CancellationToken.None);
        return stored!.Value;
    }
}
