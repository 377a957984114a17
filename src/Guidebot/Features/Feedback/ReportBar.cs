namespace Guidebot.Features.Feedback;

/// <summary>The length of a bar in the report's charts: proportional to the largest value, at least one unit for any value above 0.</summary>
internal static class ReportBar
{
    public const char Block = '█';

    public static int Length(int value, int max, int width) =>
        value <= 0 || max <= 0 ? 0 : Math.Max(1, (int)Math.Round((double)width * Math.Min(value, max) / max));

    public static string Text(int value, int max, int width) => new(Block, Length(value, max, width));
}
