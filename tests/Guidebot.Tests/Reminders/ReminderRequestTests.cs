using Guidebot.Features.Reminders;

namespace Guidebot.Tests.Reminders;

/// <summary>Danish ways of asking for a reminder, read as a delay and the words left for the topic.</summary>
public sealed class ReminderRequestTests
{
    [Theory]
    [InlineData("mind mig om opfølgning om 3 måneder", 3, "Months", "opfølgning")]
    [InlineData("påmind mig om 2 uger", 2, "Weeks", "")]
    [InlineData("mind mig om opfølgning efter job om 6 uger", 6, "Weeks", "opfølgning efter job")]
    [InlineData("Mind mig om opfølgning om tre måneder.", 3, "Months", "opfølgning")]
    [InlineData("mind mig om 14 dage", 14, "Days", "")]
    [InlineData("påmind mig om en uge", 1, "Weeks", "")]
    [InlineData("mind mig om et par ting om én måned", 1, "Months", "et par ting")]
    [InlineData("husk mig på at følge op om tolv måneder", 12, "Months", "at følge op")]
    [InlineData("kan du minde mig om opfølgning om 1 dag", 1, "Days", "opfølgning")]
    [InlineData("paamind mig om fire uger", 4, "Weeks", "")]
    [InlineData("mind mig om 3 mdr om opfølgning", 3, "Months", "om opfølgning")]
    [InlineData("opret en påmindelse om elleve dage", 11, "Days", "")]
    [InlineData("påmindelse om 5 maaneder", 5, "Months", "")]
    [InlineData("mind mig om opfølgning med Jens om 2 uger", 2, "Weeks", "opfølgning med Jens")]
    public void Recognize_DanishPhrasing_ReadsDelayAndSubject(string text, int count, string unit, string subject)
    {
        var request = ReminderRequest.Recognize(text);

        Assert.NotNull(request);
        Assert.Equal(new ReminderDelay(count, Enum.Parse<DelayUnit>(unit)), request.Delay);
        Assert.Equal(subject, request.Subject);
    }

    [Theory]
    [InlineData("mind mig om opfølgning")]
    [InlineData("påmind mig om 0 dage")]
    [InlineData("mind mig om opfølgning om et år")]
    [InlineData("mind mig om opfølgning snart")]
    public void Recognize_RequestWithoutAUsableDelay_HasNoDelay(string text)
    {
        var request = ReminderRequest.Recognize(text);

        Assert.NotNull(request);
        Assert.Null(request.Delay);
    }

    [Theory]
    [InlineData("påmindelser")]
    [InlineData("borgeren gør modstand om 3 uger")]
    [InlineData("opfølgning efter job")]
    [InlineData("hvad minder mig om 3 måneder")]
    [InlineData("mindre end 3 uger")]
    public void Recognize_TextThatIsNoRequest_IsNotTaken(string text) =>
        Assert.Null(ReminderRequest.Recognize(text));

    [Theory]
    [InlineData(3, "Months", "2025-01-31", "2025-04-30")]
    [InlineData(1, "Months", "2024-01-31", "2024-02-29")]
    [InlineData(2, "Weeks", "2025-03-10", "2025-03-24")]
    [InlineData(10, "Days", "2025-12-28", "2026-01-07")]
    public void From_Delay_IsCalendarArithmetic(int count, string unit, string today, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), new ReminderDelay(count, Enum.Parse<DelayUnit>(unit)).From(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
