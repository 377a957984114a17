using System.Collections.Concurrent;
using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Support;

/// <summary>
/// A Bot Connector stand-in on a free loopback port: it records every activity the bot posts to
/// /v3/conversations/{id}/activities[/{replyToId}] and answers as the real service does.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, Activity Activity)> _received = new();
    private readonly SemaphoreSlim _arrivals = new(0);

    private FakeChannel(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var channel = new FakeChannel(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**replyToId}", async (HttpContext context) =>
        {
            var activity = await JsonSerializer.DeserializeAsync(context.Request.Body, BotFrameworkJson.Default.Activity);
            channel._received.Enqueue((context.Request.Path.Value!, activity!));
            channel._arrivals.Release();
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel.ServiceUrl = address.TrimEnd('/') + "/";
        return channel;
    }

    /// <summary>Waits (bounded) for the next activity the bot posts.</summary>
    public async Task<(string Path, Activity Activity)> NextAsync()
    {
        if (!await _arrivals.WaitAsync(TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException("The bot posted nothing to the fake channel.");
        }

        _received.TryDequeue(out var item);
        return item;
    }

    public int Count => _received.Count;

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _arrivals.Dispose();
    }
}
