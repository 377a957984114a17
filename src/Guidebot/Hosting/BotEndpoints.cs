using System.Text.Json;
using Guidebot.BotFramework.Auth;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Turns;

namespace Guidebot.Hosting;

/// <summary>The Bot Framework messaging endpoint, <c>/api/messages</c>.</summary>
internal static class BotEndpoints
{
    public const string MessagesPath = "/api/messages";
    private const int UnavailableRetryAfterSeconds = 5;

    private static readonly HashSet<string> HandledTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
    };

    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, HandleAsync).RequireRateLimiting(RateLimitServiceCollectionExtensions.MessagesPolicy);
        endpoints.MapMethods(MessagesPath, [HttpMethods.Head], () => Results.Ok());
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context, CloudAdapter adapter, BotFrameworkAuthenticator authenticator, ConversationRateLimiter limiter)
    {
        var cancellationToken = context.RequestAborted;
        var read = await ActivityReader.ReadAsync(context.Request, cancellationToken);
        if (read.Activity is not { } activity)
        {
            await Results.Problem(read.Error, statusCode: read.Status).ExecuteAsync(context);
            return;
        }

        var auth = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, activity, cancellationToken);
        if (!auth.IsAccepted)
        {
            var status = auth.Outcome == AuthenticationOutcome.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status401Unauthorized;
            await Results.Problem(auth.Reason, statusCode: status).ExecuteAsync(context);
            return;
        }

        // Other activity types (typing, event, messageReaction, …) are acknowledged and ignored.
        if (!HandledTypes.Contains(activity.Type!))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (limiter.TryAcquire(activity.ChannelId!, activity.Conversation!.Id!) is { } retryAfter)
        {
            await RefuseAsync(context, StatusCodes.Status429TooManyRequests, retryAfter, "Too many activities in this conversation; retry later.");
            return;
        }

        var result = await adapter.ProcessActivityAsync(activity, cancellationToken);
        if (result.Status == StatusCodes.Status503ServiceUnavailable && result.Body is null)
        {
            await RefuseAsync(context, result.Status, UnavailableRetryAfterSeconds, "The bot's storage is unavailable; retry later.");
            return;
        }

        await WriteAsync(context.Response, result, cancellationToken);
    }

    private static Task RefuseAsync(HttpContext context, int status, int retryAfterSeconds, string reason)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(reason, statusCode: status).ExecuteAsync(context);
    }

    private static async Task WriteAsync(HttpResponse response, TurnResult result, CancellationToken cancellationToken)
    {
        response.StatusCode = result.Status;
        if (result.Body is null)
        {
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, result.Body, result.Body.GetType(), BotFrameworkJson.Wire, cancellationToken);
    }
}
