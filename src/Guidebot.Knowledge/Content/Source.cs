namespace Guidebot.Knowledge.Content;

/// <summary>A source document with its public address when it has one, or the bot itself when <see cref="IsBotsOwn"/> is set.</summary>
public sealed record Source(string Id, string Title, bool IsBotsOwn, Uri? Url = null);

/// <summary>Where an item comes from: a document and, for real sources, its chapter or section and pages.</summary>
public sealed record SourceReference(Source Document, string? Section, string? Pages = null)
{
    public override string ToString() =>
        string.Join(", ", new[] { Document.Title, Section, Pages is null ? null : $"s. {Pages}" }.OfType<string>());
}
