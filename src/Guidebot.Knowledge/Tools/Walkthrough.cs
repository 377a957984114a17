using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Tools;

/// <summary>
/// A guided walk-through: pages shown one at a time, each with the guide's content and the ways on. Its
/// <see cref="Name"/>, titles, progress lines, headings and choices are the bot's own wording.
/// </summary>
public sealed record Walkthrough(string Id, string Name, string Title, string? AreaId, IReadOnlyList<string> Commands, IReadOnlyList<WalkthroughPage> Pages) : ITool
{
    public WalkthroughPage FirstPage => Pages[0];

    public WalkthroughPage? FindPage(string id) => Pages.FirstOrDefault(page => page.Id == id);
}

/// <summary>
/// One page. Without explicit <see cref="Choices"/> a page leads to <see cref="Previous"/> and
/// <see cref="Next"/> (its neighbours in the file); a page that <see cref="Ends"/> finishes the walk-through.
/// </summary>
public sealed record WalkthroughPage(
    string Id,
    string Progress,
    string Title,
    IReadOnlyList<PageSection> Sections,
    IReadOnlyList<PageChoice> Choices,
    string? Previous,
    string? Next,
    bool Ends);

/// <summary>A part of a page: the bot's heading, lead line and note (each optional) over parts of the guide's items.</summary>
public sealed record PageSection(string? Heading, string? Lead, string? Note, IReadOnlyList<ContentPart> Parts);

/// <summary>A way on: the button's title, the page it leads to, and other words that choose it when typed.</summary>
public sealed record PageChoice(string Title, string Page, IReadOnlyList<string> Also);
