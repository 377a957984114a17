namespace Guidebot.Knowledge.Loading;

/// <summary>One problem in cards/, located by file, line and column (0 when unknown).</summary>
public sealed record ContentError(string File, int Line, int Column, string Message)
{
    public ContentError(string file, int line, string message)
        : this(file, line, 0, message)
    {
    }

    public override string ToString() =>
        Column > 0 ? $"{File}:{Line}:{Column}: {Message}" : Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>Thrown when cards/ holds errors; the message lists every one of them, one per line.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentError> errors)
    : Exception($"cards/ has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
