namespace Guidebot.Features.Reminders;

/// <summary>
/// When reminders are sent: at 08:00 Danish time (Europe/Copenhagen, summer time included) on their date, never on a
/// Saturday or Sunday — a date on a weekend moves to the Monday after (public holidays are not known). At most
/// <see cref="MaxMonths"/> months ahead.
/// </summary>
internal static class DueTime
{
    public const int MaxMonths = 12;

    /// <summary>The time of day, in Denmark, reminders are sent.</summary>
    public static readonly TimeOnly SendAt = new(8, 0);
    private static readonly TimeZoneInfo Denmark = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>The date in Denmark at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Denmark).DateTime);

    /// <summary>The date itself, or the Monday after when it is a Saturday or Sunday.</summary>
    public static DateOnly Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    /// <summary>The reminder date for a delay from <paramref name="now"/>, or null when it is more than <see cref="MaxMonths"/> months away.</summary>
    public static DateOnly? After(DateTimeOffset now, ReminderDelay delay)
    {
        var today = DateOf(now);
        var date = delay.From(today);
        return date <= today.AddMonths(MaxMonths) ? Weekday(date) : null;
    }

    /// <summary>Whether a reminder may be set for <paramref name="date"/> at <paramref name="now"/>: a weekday whose 08:00 is still to come, within the limit.</summary>
    public static bool IsAllowed(DateOnly date, DateTimeOffset now) =>
        date == Weekday(date) && At(date) > now && date <= Weekday(DateOf(now).AddMonths(MaxMonths));

    /// <summary>The instant a reminder for <paramref name="date"/> is sent: 08:00 in Denmark that day.</summary>
    public static DateTimeOffset At(DateOnly date) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(SendAt), Denmark), TimeSpan.Zero);
}
