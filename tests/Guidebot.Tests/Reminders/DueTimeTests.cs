using System.Globalization;
using Guidebot.Features.Reminders;

namespace Guidebot.Tests.Reminders;

/// <summary>Reminders go out at 08:00 Danish time on a weekday, whatever the season.</summary>
public sealed class DueTimeTests
{
    [Theory]
    [InlineData("2025-03-10T09:00:00Z", 2, "Weeks", "2025-03-24")] // Monday → Monday
    [InlineData("2025-03-14T09:00:00Z", 1, "Days", "2025-03-17")] // Friday + a day is a Saturday → Monday
    [InlineData("2025-03-15T09:00:00Z", 1, "Days", "2025-03-17")] // Saturday + a day is a Sunday → Monday
    [InlineData("2025-03-10T09:00:00Z", 3, "Months", "2025-06-10")]
    [InlineData("2025-03-09T23:30:00Z", 1, "Days", "2025-03-11")] // already Monday 00:30 in Denmark
    [InlineData("2025-03-10T09:00:00Z", 12, "Months", "2026-03-10")]
    public void After_Delay_IsThatWeekdayOrTheMondayAfter(string now, int count, string unit, string expected) =>
        Assert.Equal(Date(expected), DueTime.After(Instant(now), new ReminderDelay(count, Enum.Parse<DelayUnit>(unit))));

    [Theory]
    [InlineData(13, "Months")]
    [InlineData(53, "Weeks")]
    [InlineData(400, "Days")]
    public void After_MoreThanTwelveMonths_IsRefused(int count, string unit) =>
        Assert.Null(DueTime.After(Instant("2025-03-10T09:00:00Z"), new ReminderDelay(count, Enum.Parse<DelayUnit>(unit))));

    [Theory]
    [InlineData("2025-01-15", "2025-01-15T07:00:00Z")] // winter time, UTC+1
    [InlineData("2025-06-16", "2025-06-16T06:00:00Z")] // summer time, UTC+2
    [InlineData("2025-03-31", "2025-03-31T06:00:00Z")] // the Monday after summer time began (30 March)
    [InlineData("2025-10-27", "2025-10-27T07:00:00Z")] // the Monday after it ended (26 October)
    public void At_Date_IsEightOClockInDenmark(string date, string expected) =>
        Assert.Equal(Instant(expected), DueTime.At(Date(date)));

    [Theory]
    [InlineData("2025-03-11", true)]
    [InlineData("2025-03-10", true)] // today, before 08:00 in Denmark
    [InlineData("2025-03-15", false)] // a Saturday
    [InlineData("2025-03-07", false)] // in the past
    [InlineData("2026-03-10", true)]
    [InlineData("2026-03-11", false)] // beyond twelve months
    public void IsAllowed_Date_OnlyAComingWeekdayWithinTheLimit(string date, bool allowed) =>
        Assert.Equal(allowed, DueTime.IsAllowed(Date(date), Instant("2025-03-10T06:00:00Z")));

    private static DateOnly Date(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}
