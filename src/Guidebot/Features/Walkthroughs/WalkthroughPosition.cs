namespace Guidebot.Features.Walkthroughs;

/// <summary>All a walk-through keeps in the conversation: which one, and the page it is at.</summary>
internal sealed record WalkthroughPosition(string Walk, string Page);
