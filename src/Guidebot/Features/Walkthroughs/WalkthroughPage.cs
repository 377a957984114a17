using Guidebot.BotFramework.Cards;

namespace Guidebot.Features.Walkthroughs;

/// <summary>
/// One page of a walk-through: where it is, a title, the content, the ways on inside the walk-through
/// (also understood when typed), and other buttons. A page that <see cref="Ends"/> finishes the walk-through.
/// </summary>
internal sealed record WalkthroughPage(
    string Progress,
    string Title,
    IReadOnlyList<CardElement> Body,
    IReadOnlyList<WalkthroughChoice> Choices)
{
    public bool Ends { get; init; }

    public IReadOnlyList<AdaptiveAction> Links { get; init; } = [];
}

/// <summary>A way on inside a walk-through: the button's title, the page it leads to, and other typed words for it.</summary>
internal sealed record WalkthroughChoice(string Title, string Page, IReadOnlyList<string>? Synonyms = null);
