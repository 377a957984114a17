using System.Text.RegularExpressions;
using Guidebot.Features.Privacy;
using Guidebot.Knowledge.Content;

namespace Guidebot.Features.Feedback;

/// <summary>
/// Makes typed text fit to keep (a search without an answer, a feedback comment): scrubbed of personal data by
/// <see cref="PersonalDataScrubber"/>, which takes no word the guide itself uses (titles, keywords, texts) for a name,
/// whitespace collapsed, and shortened.
/// </summary>
internal sealed partial class TextScrubber(Guide guide)
{
    private readonly HashSet<string> _guideWords =
    [
        .. guide.Areas.Select(area => area.Title)
            .Concat(guide.Items.SelectMany(item => (IEnumerable<string>)[item.Title, .. item.Keywords, .. BlockText.Segments(item)]))
            .SelectMany(text => WordPattern().Matches(text).Select(match => match.Value.ToLowerInvariant())),
    ];

    /// <summary>Whether <see cref="Scrub"/> would take anything out of <paramref name="text"/> as personal data.</summary>
    public bool FindsPersonalData(string text) => PersonalDataScrubber.Scrub(text, _guideWords.Contains) != text;

    public string Scrub(string text, int maxLength)
    {
        var kept = string.Join(' ', PersonalDataScrubber.Scrub(text, _guideWords.Contains).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return kept.Length <= maxLength ? kept : kept[..maxLength].TrimEnd();
    }

    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)*")]
    private static partial Regex WordPattern();
}
