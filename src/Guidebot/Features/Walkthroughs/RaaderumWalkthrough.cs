using System.Globalization;
using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Features.Walkthroughs;

/// <summary>The ten råderum guidelines one at a time: the intro, guideline 1/10 … 10/10, then the closing sentence.</summary>
internal sealed class RaaderumWalkthrough : WalkthroughScript
{
    public const string WalkId = "raaderum";
    public const string IntroPage = "intro";
    public const string ClosingPage = "afslutning";
    public const int GuidelineCount = 10;

    private readonly Item _intro;
    private readonly IReadOnlyList<Item> _guidelines;
    private readonly Item _closing;
    private readonly Area _area;

    public RaaderumWalkthrough(Guide guide)
        : base(WalkId, IntroPage)
    {
        _intro = Require(guide, "raaderum-intro");
        _guidelines = [.. Enumerable.Range(1, GuidelineCount).Select(number => Require(guide, GuidelineItemId(number)))];
        _closing = Require(guide, "raaderum-afslutning");
        _area = guide.FindArea(_intro.AreaId)!;
    }

    public static string GuidelineItemId(int number) => $"raaderum-{number}";

    public override WalkthroughPage? Page(string key) => key switch
    {
        IntroPage => new(WalkthroughTexts.RaaderumIntroProgress, _intro.Title, [.. WalkthroughCards.Whole(_intro)], [new(WalkthroughTexts.StartButton, "1", ["videre", "næste"])]),
        ClosingPage => Closing(),
        _ when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= GuidelineCount => Guideline(number),
        _ => null,
    };

    private WalkthroughPage Guideline(int number)
    {
        var item = _guidelines[number - 1];
        return new(
            WalkthroughTexts.GuidelineProgress(number, GuidelineCount),
            item.Title,
            [.. WalkthroughCards.Whole(item)],
            PreviousNext(number == 1 ? IntroPage : Key(number - 1), number == GuidelineCount ? ClosingPage : Key(number + 1)));
    }

    private WalkthroughPage Closing() =>
        new(WalkthroughTexts.RaaderumClosingProgress, _closing.Title, [.. WalkthroughCards.Whole(_closing)], [
            new(BotTexts.PreviousButton, Key(GuidelineCount)),
            new(WalkthroughTexts.RestartButton, IntroPage),
        ])
        {
            Ends = true,
            Links = [new SubmitAction { Title = WalkthroughTexts.ToAreaButton(_area.Title), Data = ActionData.OpenArea(_area.Id) }],
        };

    private static string Key(int number) => number.ToString(CultureInfo.InvariantCulture);
}
