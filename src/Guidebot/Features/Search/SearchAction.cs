using Guidebot.Bot.Actions;

namespace Guidebot.Features.Search;

/// <summary>The search box's button (the typed query arrives as the input's value), or a suggestion that searches for <see cref="Query"/>.</summary>
internal sealed record SearchAction(string? Query = null) : ICardAction
{
    public static string Verb => "search";
}
