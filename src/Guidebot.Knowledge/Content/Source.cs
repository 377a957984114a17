namespace Guidebot.Knowledge.Content;

/// <summary>A source document, or the bot itself when <see cref="IsBotsOwn"/> is set.</summary>
public sealed record Source(string Id, string Title, bool IsBotsOwn);

/// <summary>Where an item comes from: a document and, for real sources, its chapter or section.</summary>
public sealed record SourceReference(Source Document, string? Section)
{
    public override string ToString() =>
        Section is null ? Document.Title : $"{Document.Title}, {Section}";
}
