using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.Features.Checklists;
using Guidebot.Features.Sharing;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

/// <summary>"Kopiér som tekst": an item or a checklist as one plain-text message to paste into a journal or an e-mail.</summary>
public sealed class CopyAsTextTests
{
    private readonly TestAdapter _adapter = GuideTestAdapter.Create();

    private Guide Guide => _adapter.Services.GetRequiredService<Guide>();

    private TickList Health => _adapter.Services.GetRequiredService<Toolbox>().FindTickList("helbred")!;

    [Fact]
    public async Task CopyItem_TheAgreementTemplate_IsItsTitleQuestionsAndSourceAsPlainText()
    {
        var item = Guide.FindItem("step-up-aftalespoergsmaal")!;
        var checklist = item.Body.OfType<Checklist>().Single();

        await new TestFlow(_adapter)
            .Send(Open(item.Id))
            .AssertReply(item.Title)
            .Click(SharingTexts.CopyButton)
            .AssertReply(reply =>
            {
                Assert.Null(reply.Attachments);
                Assert.Equal("plain", reply.TextFormat);
                Assert.Equal(
                    string.Join('\n', [item.Title, string.Empty, checklist.Title, .. checklist.Texts.Select(text => $"• {text}"), string.Empty, $"Kilde: {SourceText(item)}"]),
                    reply.Text);
            })
            .StartTestAsync();
    }

    [Fact]
    public void CopyItem_EveryItem_HasTheTitleEveryTextAndTheSourceWithoutMarkdown()
    {
        Assert.All(Guide.Items, item =>
        {
            var text = PlainText.Item(item);
            var lines = text.Split('\n');

            Assert.Equal(item.Title, lines[0]);
            Assert.Equal($"Kilde: {SourceText(item)}", lines[^1]);
            Assert.DoesNotContain("**", text, StringComparison.Ordinal);
            Assert.All(BlockText.Segments(item), segment => Assert.Contains(segment, text, StringComparison.Ordinal));
            Assert.All(item.Body.OfType<NumberedList>(), list => Assert.Contains($"2. {BlockText.Plain(list.Texts[1])}", lines));
            Assert.All(item.Body.OfType<QuestionList>(), list => Assert.Contains($"• {BlockText.Plain(list.Texts[0])}", lines));
            Assert.All(item.Body.OfType<Show>().SelectMany(show => show.Parts), part => Assert.Contains(part.Item.Title, lines));
        });
    }

    [Fact]
    public async Task CopyChecklist_AfterSavingTicks_ListsEveryPointUnderItsSectionWithoutTheTicks()
    {
        var list = Health;

        await new TestFlow(_adapter)
            .Send("step-up")
            .AssertReply(list.Button)
            .Click(list.Button)
            .AssertReply(list.Title)
            .Click(ChecklistTexts.SaveButton, Inputs(list, list.Points.Take(3).Select(point => point.Id)))
            .AssertReply(ChecklistTexts.SummaryTitle(list.Title))
            .Click(ChecklistTexts.EditButton)
            .AssertReply(list.Title)
            .Click(SharingTexts.CopyButton)
            .AssertReply(reply =>
            {
                var lines = reply.Text!.Split('\n');
                Assert.Equal(list.Title, lines[0]);
                Assert.Equal(list.Points.Select(point => $"• {BlockText.Plain(point.Text)}"), lines.Where(line => line.StartsWith("• ", StringComparison.Ordinal)));
                Assert.Equal(list.Sections.Select(section => section.Label), lines.Where(line => list.Sections.Any(section => section.Label == line)));
                Assert.Equal(list.Sections.Select(section => section.Heading), lines.Where(line => list.Sections.Any(section => section.Heading == line)));
                // The ticks are the consultant's about one citizen: the copy is the list as the guide has it.
                Assert.Equal(PlainText.Checklist(list), reply.Text);
                Assert.DoesNotContain(ChecklistTexts.Progress(3, list.Count), reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("""{"verb":"item-copy","item":"findes-ikke"}""")]
    [InlineData("""{"verb":"checklist-copy","list":"gammel"}""")]
    public async Task Copy_StaleId_ShowsTheMenu(string click)
    {
        var reply = Assert.Single(await _adapter.ProcessAsync(TestActivities.Click(JsonDocument.Parse(click).RootElement)));

        Assert.Contains("Eller vælg et emne", reply.AllText(), StringComparison.Ordinal);
    }

    private static Activity Open(string item) =>
        TestActivities.Click(JsonDocument.Parse($$"""{"verb":"item","item":"{{item}}"}""").RootElement);

    private static string SourceText(Item item) =>
        item.Source.Document.Url is { } url ? $"{item.Source} ({url.AbsoluteUri})" : item.Source.ToString();

    // What Teams submits: every toggle, "true" when ticked, "false" otherwise.
    private static Dictionary<string, string> Inputs(TickList list, IEnumerable<string> ticked)
    {
        var set = ticked.ToHashSet();
        return list.Points.ToDictionary(point => point.Id, point => set.Contains(point.Id) ? "true" : "false");
    }
}
