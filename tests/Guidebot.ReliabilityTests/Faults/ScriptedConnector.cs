using System.Collections.Concurrent;
using Guidebot.ReliabilityTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Guidebot.ReliabilityTests.Faults;

/// <summary>
/// A Bot Connector on loopback that answers each post with the next scripted response (a status, optionally a
/// Retry-After, optionally held until released), then 200; it counts every attempt.
/// </summary>
public sealed class ScriptedConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<HttpContext, Task<IResult>>> _script = new();
    private LoopbackServer? _server;
    private int _attempts;
    private int _accepted;

    public string ServiceUrl => _server!.BaseUrl;

    public int Attempts => Volatile.Read(ref _attempts);

    public int Accepted => Volatile.Read(ref _accepted);

    public static async Task<ScriptedConnector> StartAsync()
    {
        var connector = new ScriptedConnector();
        connector._server = await LoopbackServer.StartAsync(app =>
            app.MapPost("/v3/conversations/{conversationId}/activities/{**replyToId}", (Delegate)connector.AnswerAsync));
        return connector;
    }

    public ScriptedConnector Then(int status, string? retryAfter = null)
    {
        _script.Enqueue(context =>
        {
            if (retryAfter is not null)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            return Task.FromResult(Results.StatusCode(status));
        });
        return this;
    }

    /// <summary>The next post waits until <paramref name="release"/> completes, then succeeds.</summary>
    public ScriptedConnector ThenHoldUntil(Task release)
    {
        _script.Enqueue(async _ =>
        {
            await release;
            return Accept();
        });
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private Task<IResult> AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _attempts);
        return _script.TryDequeue(out var next) ? next(context) : Task.FromResult(Accept());
    }

    private IResult Accept()
    {
        Interlocked.Increment(ref _accepted);
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }
}
