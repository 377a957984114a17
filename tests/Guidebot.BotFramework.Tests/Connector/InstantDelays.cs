namespace Guidebot.BotFramework.Tests.Connector;

/// <summary>
/// A clock under which the connector's retry waits (shorter than its 10 s attempt timeout) elapse at once and are
/// recorded; longer timers (the timeouts) run on the real clock, so nothing here waits for real.
/// </summary>
internal sealed class InstantDelays : TimeProvider
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(9);
    private readonly List<TimeSpan> _delays = [];

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_delays)
            {
                return [.. _delays];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime <= TimeSpan.Zero || dueTime > Longest || period != Timeout.InfiniteTimeSpan)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        lock (_delays)
        {
            _delays.Add(dueTime);
        }

        return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
