using System.Globalization;

namespace Guidebot.Features.Feedback;

/// <summary>Reads the report's period as editors write it: <c>30d</c> (or <c>30</c>) days up to today; empty: <see cref="FeedbackReader.DefaultDays"/>.</summary>
internal static class ReportPeriod
{
    /// <summary>The number of days, or null when the text is not a positive number of days.</summary>
    public static int? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return FeedbackReader.DefaultDays;
        }

        var number = text.Trim().TrimEnd('d', 'D');
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0 ? days : null;
    }
}
