using System.ComponentModel.DataAnnotations;

namespace Guidebot.Features.Reminders;

/// <summary>Follow-up reminders (<c>Reminders</c> section).</summary>
internal sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>How many reminders one user can have waiting.</summary>
    [Range(1, 100)]
    public int MaxPerUser { get; set; } = 20;

    /// <summary>
    /// How often the scheduler reads the schedule even when nothing it knows of is due: it then sees reminders other instances
    /// added, and takes over those of an instance that stopped.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}
