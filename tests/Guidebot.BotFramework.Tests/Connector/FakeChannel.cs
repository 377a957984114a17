using System.Collections.Concurrent;
using System.Net;

namespace Guidebot.BotFramework.Tests.Connector;

/// <summary>A request as the channel received it.</summary>
internal sealed record ReceivedRequest(HttpMethod Method, Uri Uri, string? Authorization, string Body);

/// <summary>Answers connector requests in process with scripted responses, recording every request.</summary>
internal sealed class FakeChannel : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _script = new();

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>Queues the next answers; once the script is used up every request gets 200.</summary>
    public FakeChannel Then(params Func<HttpResponseMessage>[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }

        return this;
    }

    public static HttpResponseMessage Ok() => new(HttpStatusCode.OK);

    public static HttpResponseMessage Status(HttpStatusCode status) => new(status);

    public static HttpResponseMessage TooManyRequests(int retryAfterSeconds) => new(HttpStatusCode.TooManyRequests)
    {
        Headers = { RetryAfter = new(TimeSpan.FromSeconds(retryAfterSeconds)) },
    };

    public static HttpResponseMessage Refused() => throw new HttpRequestException("Connection refused", null, HttpStatusCode.ServiceUnavailable);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new ReceivedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        return _script.TryDequeue(out var answer) ? answer() : Ok();
    }
}
