using System.Text.Json;
using Guidebot.BotFramework.Auth;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Turns;

namespace Guidebot.Hosting;

/// <summary>The Bot Framework messaging endpoint, <c>/api/messages</c>.</summary>
internal static class BotEndpoints
{
    public const string MessagesPath = "/api/messages";

    private static readonly HashSet<string> HandledTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
    };

    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, HandleAsync);
        endpoints.MapMethods(MessagesPath, [HttpMethods.Head], () => Results.Ok());
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context, CloudAdapter adapter, BotFrameworkAuthenticator authenticator)
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

        var result = await adapter.ProcessActivityAsync(activity, cancellationToken);
        await WriteAsync(context.Response, result, cancellationToken);
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
