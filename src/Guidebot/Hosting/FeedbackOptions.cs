using System.ComponentModel.DataAnnotations;

namespace Guidebot.Hosting;

/// <summary>How feedback, item views and searches without an answer are kept (<c>Feedback</c>).</summary>
internal sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    /// <summary>
    /// The secret the voter keys and editor ids are derived from (HMAC-SHA256), so stored feedback cannot be traced back to a
    /// user without it. Required: Development has its own in appsettings.Development.json.
    /// </summary>
    public string Salt { get; set; } = string.Empty;

    /// <summary>Days a day's feedback, views and missed searches are kept.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 90;

    /// <summary>How often each instance saves the item views and missed searches it has counted since.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(30);
}
