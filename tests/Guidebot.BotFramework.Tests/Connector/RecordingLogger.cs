using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Guidebot.BotFramework.Tests.Connector;

/// <summary>Keeps every formatted log line, to check what is (and is not) logged.</summary>
internal sealed class RecordingLogger : ILoggerProvider, ILogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue($"{logLevel}: {formatter(state, exception)}");

    public void Dispose()
    {
    }
}
