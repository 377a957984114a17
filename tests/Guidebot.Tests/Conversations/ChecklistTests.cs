using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Guidebot.Features.Checklists;
using Guidebot.Features.Privacy;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

/// <summary>The step-up checklists of cards/tools/step-up.yaml: tick, save, see the status, update, reset — and only ids are kept.</summary>
public sealed class ChecklistTests
{
    private readonly TestAdapter _adapter = GuideTestAdapter.Create();

    private ChecklistTool StepUp => _adapter.Services.GetRequiredService<Toolbox>().FindChecklistTool("step-up")!;

    private TickList List(string id) => StepUp.Lists.Single(list => list.Id == id);

    [Theory]
    [InlineData("helbred", 19)]
    [InlineData("familie", 21)]
    public async Task Checklist_TickSaveUpdateReset_SummaryListsExactlyTheTickedPoints(string barrier, int count)
    {
        var list = List(barrier);
        var sections = ExpectedSections(_adapter.Services.GetRequiredService<Guide>(), barrier);
        var points = sections.SelectMany(section => section.Points).ToList();
        var first = points.Where((_, i) => i % 3 == 0).Select(point => point.Id).ToHashSet();
        var second = points.Take(points.Count - 2).Select(point => point.Id).ToHashSet();

        await new TestFlow(_adapter)
            .Send("step-up")
            .AssertReply(StepUp.Prompt)
            .Click(list.Button)
            .AssertReply(reply =>
            {
                Assert.Equal(points.Select(point => (point.Id, point.Text)), Toggles(reply).Select(toggle => (toggle.Id, toggle.Title)));
                Assert.All(Toggles(reply), toggle => Assert.Null(toggle.Value));
                Assert.Contains(ChecklistTexts.Progress(0, count), reply.AllText(), StringComparison.Ordinal);
            })
            .Click(ChecklistTexts.SaveButton, Inputs(points, first))
            .AssertReply(reply => AssertSummary(reply, list, sections, first))
            .Click(ChecklistTexts.EditButton)
            .AssertReply(reply => Assert.Equal(first, Ticked(reply)))
            .Click(ChecklistTexts.SaveButton, Inputs(points, second))
            .AssertReply(reply => AssertSummary(reply, list, sections, second))
            .Click(ChecklistTexts.EditButton)
            .AssertReply(reply => Assert.Equal(second, Ticked(reply)))
            .Click(ChecklistTexts.ResetButton)
            .AssertReply(reply =>
            {
                Assert.Contains(ChecklistTexts.ResetDone, reply.AllText(), StringComparison.Ordinal);
                Assert.Empty(Ticked(reply));
                Assert.Equal(points.Count, Toggles(reply).Count);
            })
            .Send("step up")
            .AssertReply(reply => Assert.Contains(list.Button, reply.SubmitButtons().Select(b => b.Title)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("helbred")]
    [InlineData("familie")]
    public void Checklist_Consent_ComesBeforeTheDocumentsAreCollected(string barrier)
    {
        var item = $"step-up-tjekliste-{barrier}";
        var documents = _adapter.Services.GetRequiredService<Guide>().FindItem(item)!.Body.OfType<Checklist>().Single(c => c.Id == $"dokumenter-{barrier}");
        var sections = List(barrier).Sections.ToList();
        var consent = sections.FindIndex(section => section.Points.Any(point => point.Id == "step-up-samtykke#samtykke-dele-indhente"));
        var collected = sections.FindIndex(section => section.Points.Any(point => point.Id == $"{item}#{documents.Entries[0].Id}"));

        Assert.True(sections[consent].IsReminder);
        Assert.InRange(consent, 0, collected - 1);
    }

    [Fact]
    public async Task Checklist_Resumed_ShowsTheSavedTicksAndProgressOnTheChoice()
    {
        var list = List("familie");
        var points = ExpectedSections(_adapter.Services.GetRequiredService<Guide>(), "familie").SelectMany(section => section.Points).ToList();
        var ticked = points.Take(4).Select(point => point.Id).ToHashSet();

        await new TestFlow(_adapter)
            .Send("stepup")
            .AssertReply(StepUp.Prompt)
            .Click(list.Button)
            .AssertReply(list.Title)
            .Click(ChecklistTexts.SaveButton, Inputs(points, ticked))
            .AssertReply(ChecklistTexts.SummaryTitle(list.Title))
            .Send("menu")
            .AssertReply(BotTexts.AreasHeading)
            .Send("step-up")
            .AssertReply(reply => Assert.Contains(ChecklistTexts.ChoiceButton(list.Button, 4, points.Count), reply.SubmitButtons().Select(b => b.Title)))
            .Click(ChecklistTexts.ChoiceButton(list.Button, 4, points.Count))
            .AssertReply(reply => Assert.Equal(ticked, Ticked(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Checklist_FromTheAreaCard_OpensTheBarriersChecklist()
    {
        var area = _adapter.Services.GetRequiredService<Guide>().FindArea("step-up")!;
        await new TestFlow(_adapter)
            .Send("menu")
            .AssertReply(BotTexts.AreasHeading)
            .Click(area.Title)
            .AssertReply(reply => Assert.Contains(List("familie").Title, reply.SubmitButtons().Select(b => b.Title)))
            .Click(List("helbred").Title)
            .AssertReply(reply => Assert.Contains(Toggles(reply), toggle => toggle.Id == "step-up-maalgruppe#helbred"))
            .Click(BotTexts.BackButton)
            .AssertReply(StepUp.Prompt)
            .Click(BotTexts.BackButton)
            .AssertReply(reply => Assert.Contains(List("helbred").Title, reply.SubmitButtons().Select(b => b.Title)))
            .StartTestAsync();
    }

    [Fact]
    public async Task State_AfterSavingWithExtraInputs_HoldsOnlyTheBarrierAndTickedIds()
    {
        var list = List("helbred");
        var points = ExpectedSections(_adapter.Services.GetRequiredService<Guide>(), "helbred").SelectMany(section => section.Points).ToList();
        var inputs = new Dictionary<string, string>(Inputs(points, new HashSet<string> { "step-up-maalgruppe#gruppe-1", "step-up-samtykke#samtykke-dele-indhente" }))
        {
            ["note"] = "Jens Hansen, sygemeldt med stress",
            ["step-up-tjekliste-familie#borger"] = "true",
        };
        var withCpr = new Dictionary<string, string>(Inputs(points, new HashSet<string> { "step-up-maalgruppe#helbred" })) { ["note"] = "Jens 010190-1234" };

        await new TestFlow(_adapter)
            .Send("step-up")
            .AssertReply(StepUp.Prompt)
            .Click(list.Button)
            .AssertReply(list.Title)
            .Click(ChecklistTexts.SaveButton, inputs)
            .AssertReply(ChecklistTexts.SummaryTitle(list.Title))
            .Click(ChecklistTexts.EditButton)
            .AssertReply(list.Title)
            .Click(ChecklistTexts.SaveButton, withCpr)
            .AssertReply(PrivacyTexts.CprReminder)
            .StartTestAsync();

        var state = await ReadConversationStateAsync(_adapter);
        Assert.Equal("""{"ticked":{"helbred":["step-up-maalgruppe#gruppe-1","step-up-samtykke#samtykke-dele-indhente"]}}""", state["Checklists"].GetRawText());
        var everything = JsonSerializer.Serialize(state, BotFrameworkJson.Default.DictionaryStringJsonElement);
        Assert.DoesNotContain("Jens", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("sygemeldt", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("010190", everything, StringComparison.Ordinal);
        Assert.All(points, point => Assert.DoesNotContain(JsonEncodedText.Encode(point.Text).ToString(), everything, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Checklist_StaleList_ShowsTheChoiceAgain()
    {
        var replies = await _adapter.ProcessAsync(TestActivities.Click(JsonDocument.Parse("""{"verb":"checklist-save","list":"gammel","step-up-maalgruppe#gruppe-1":"true"}""").RootElement));

        Assert.Contains(StepUp.Prompt, Assert.Single(replies).AllText(), StringComparison.Ordinal);
    }

    private sealed record Section(IReadOnlyList<(string Id, string Text)> Points);

    // Built here from the content's blocks, independently of the bot's own assembly of the checklist: every
    // entry of the named blocks, in the order of cards/tools/step-up.yaml, with the entry's reference as id.
    private static List<Section> ExpectedSections(Guide guide, string barrier)
    {
        List<(string, string)> All(string item, string block) =>
            [.. guide.FindItem(item)!.Body.OfType<EntryList>().Single(b => b.Id == block).Entries.Select(e => ($"{item}#{e.Id}", e.Text))];
        return
        [
            new([.. All("step-up-maalgruppe", "maalgruppe").Where(p => p.Item1 == "step-up-maalgruppe#gruppe-1" || p.Item1 == $"step-up-maalgruppe#{barrier}")]),
            new(All("step-up-samtykke", "samtykke")),
            new(All($"step-up-spoergsmaal-{barrier}", "spoergsmaal")),
            new(All($"step-up-tjekliste-{barrier}", $"deltagere-{barrier}")),
            new(All($"step-up-tjekliste-{barrier}", $"dokumenter-{barrier}")),
            new(All("step-up-aftalespoergsmaal", "aftalespoergsmaal")),
        ];
    }

    // What Teams submits: every toggle, "true" when ticked, "false" otherwise.
    private static Dictionary<string, string> Inputs(IEnumerable<(string Id, string Text)> points, HashSet<string> ticked) =>
        points.ToDictionary(point => point.Id, point => ticked.Contains(point.Id) ? "true" : "false");

    private static void AssertSummary(Activity reply, TickList list, IReadOnlyList<Section> sections, HashSet<string> ticked)
    {
        var lines = reply.AllText().Split('\n');
        var points = sections.SelectMany(section => section.Points).ToList();
        Assert.Contains(ChecklistTexts.Progress(ticked.Count, points.Count), lines);
        Assert.Empty(Toggles(reply));
        foreach (var (section, expected) in list.Sections.Zip(sections))
        {
            Assert.Contains(ChecklistTexts.SectionProgress(section.Label, expected.Points.Count(p => ticked.Contains(p.Id)), expected.Points.Count), lines);
        }

        // Per section, what is missing first, then what is done.
        var marked = lines.Where(line => line.StartsWith("✓ ", StringComparison.Ordinal) || line.StartsWith("☐ ", StringComparison.Ordinal));
        Assert.Equal(
            sections.SelectMany(section => section.Points.Where(p => !ticked.Contains(p.Id)).Select(p => ChecklistTexts.Missing(p.Text))
                .Concat(section.Points.Where(p => ticked.Contains(p.Id)).Select(p => ChecklistTexts.Done(p.Text)))),
            marked);
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
