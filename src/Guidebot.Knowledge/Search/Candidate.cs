namespace Guidebot.Knowledge.Search;

/// <summary>An item (by index document) ranked for one query: its score and how much of the query it covers.</summary>
internal readonly record struct Candidate(int Doc, float Score, float Coverage);
