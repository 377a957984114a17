using System.Collections.Concurrent;
using OpenTelemetry;

namespace Guidebot.ReliabilityTests.Support;

/// <summary>An in-memory OpenTelemetry exporter: keeps what the SDK exports (spans or metrics) for assertions.</summary>
public sealed class CollectingExporter<T> : BaseExporter<T>
    where T : class
{
    private readonly Func<T, string> _describe;

    public CollectingExporter(Func<T, string> describe) => _describe = describe;

    public ConcurrentQueue<string> Exported { get; } = new();

    public override ExportResult Export(in Batch<T> batch)
    {
        foreach (var item in batch)
        {
            Exported.Enqueue(_describe(item));
        }

        return ExportResult.Success;
    }
}
