using Guidebot.BotFramework.Storage;
using Guidebot.Features.Sharing;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Cards;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

/// <summary>A user who clicks everything: every card valid, none a dead end, no turn fails, every item reachable.</summary>
public sealed class GuideWalkTests(GuidebotFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<GuidebotFactory>
{
    private static readonly string[] WaysBack = [BotTexts.MenuButton, BotTexts.BackButton];

    [Fact]
    public async Task Walk_FromTheWelcomeCard_ReachesEveryItemThroughValidCardsWithoutDeadEnds()
    {
        var guide = factory.Services.GetRequiredService<Guide>();

        var walk = await new GuideWalker(factory.CreateClient(), factory.Services.GetRequiredService<IStorage>()).WalkAsync(maxCards: 3000);

        output.WriteLine($"{walk.Cards.Count} distinct cards, {walk.Turns} clicks, {walk.TextReplies.Count} text replies");
        Assert.DoesNotContain(walk.TextReplies, reply => reply.Text.StartsWith("Beklager", StringComparison.Ordinal));
        var cards = walk.Cards.Values.ToList();
        // A share preview ("Del") is the content-only card for other chats, sent with the hint; the card it came from is right above it.
        Assert.All(cards, card => Assert.True(
            card.Reply.SubmitButtons().Any(b => WaysBack.Contains(b.Title)) || card.Path == "menu" || card.Reply.Text?.StartsWith(SharingTexts.ShareHintLead, StringComparison.Ordinal) == true,
            $"Dead end (no Menu/Tilbage) after {card.Path}"));
        var shownTexts = cards.Select(card => card.Reply.AllText()).ToList();
        var missing = guide.Items.Where(item => !shownTexts.Any(text => text.Contains(item.Title, StringComparison.Ordinal) && text.Contains(BotTexts.Source(item.Source.ToString()), StringComparison.Ordinal)));
        Assert.Empty(missing.Select(item => item.Id));

        var report = await CardValidator.ValidateAsync(cards.Select((card, i) => new NamedCard($"#{i} {card.Path}", System.Text.Json.Nodes.JsonNode.Parse(card.Reply.Card()!.Value.GetRawText())!)), CancellationToken.None);
        report.EnsureValid();
    }
}
