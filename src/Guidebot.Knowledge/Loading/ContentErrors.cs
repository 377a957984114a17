using Quickenshtein;

namespace Guidebot.Knowledge.Loading;

/// <summary>Collects the problems found in cards/, each once, in the order found.</summary>
internal sealed class ContentErrors
{
    private readonly List<ContentError> _errors = [];
    private readonly HashSet<ContentError> _seen = [];

    public int Count => _errors.Count;

    public IReadOnlyList<ContentError> All => _errors;

    public void Add(ContentError error)
    {
        if (_seen.Add(error))
        {
            _errors.Add(error);
        }
    }

    public void Add(string file, Location at, string message) => Add(new ContentError(file, at.Line, at.Column, message));

    /// <summary>Records the problem and returns false, for checks written as <c>ok = … || Fail(…)</c>.</summary>
    public bool Fail(string file, Location at, string message)
    {
        Add(file, at, message);
        return false;
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new ContentValidationException(_errors);
        }
    }

    /// <summary>" (did you mean 'x'?)" for the closest of <paramref name="known"/> within a few edits, else "".</summary>
    public static string DidYouMean(string unknown, IEnumerable<string> known)
    {
        var limit = Math.Max(2, unknown.Length / 4);
        var best = known
            .Select(candidate => (Candidate: candidate, Distance: Levenshtein.GetDistance(unknown, candidate)))
            .Where(match => match.Distance <= limit)
            .OrderBy(match => match.Distance)
            .ThenBy(match => match.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate is null ? string.Empty : $" (did you mean '{best.Candidate}'?)";
    }
}
