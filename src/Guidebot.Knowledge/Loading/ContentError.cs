namespace Guidebot.Knowledge.Loading;

/// <summary>One problem in cards/, located by file and line.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Thrown when cards/ holds errors; the message lists every one of them.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentError> errors)
    : Exception($"cards/ has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
