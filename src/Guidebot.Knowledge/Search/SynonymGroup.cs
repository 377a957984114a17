namespace Guidebot.Knowledge.Search;

/// <summary>Words or phrases that mean the same to staff searching the guide (one line of cards/synonyms.yaml).</summary>
public sealed record SynonymGroup(IReadOnlyList<string> Terms);
