using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Guidebot.BotFramework.Auth;
using Guidebot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsalException = Microsoft.Identity.Client.MsalException;
using Polly.Timeout;

namespace Guidebot.BotFramework.Connector;

/// <summary>
/// Sends activities to the channel's Bot Connector REST API (<c>{serviceUrl}/v3/conversations/…</c>) with the bot's
/// bearer token, through one pooled, retrying <see cref="HttpClient"/>. Every failure surfaces as a <see cref="ConnectorException"/>.
/// </summary>
public sealed partial class ConnectorClient : IConnectorClient
{
    internal const string HttpClientName = "Guidebot.BotFramework.Connector";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IAppCredentials _credentials;
    private readonly BotFrameworkOptions _options;
    private readonly ILogger<ConnectorClient> _logger;

    /// <summary>Creates the client; register it with <c>AddBotConnector</c>.</summary>
    public ConnectorClient(IHttpClientFactory httpClientFactory, IAppCredentials credentials, IOptions<BotFrameworkOptions> options, ILogger<ConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClientFactory = httpClientFactory;
        _credentials = credentials;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>
    /// Posts the activity to its conversation: as a reply to <see cref="Activity.ReplyToId"/>
    /// (<c>/v3/conversations/{id}/activities/{replyToId}</c>) or, without one, as a new message (<c>/v3/conversations/{id}/activities</c>).
    /// </summary>
    /// <exception cref="UntrustedServiceUrlException">The service URL is not allowed; nothing was sent.</exception>
    /// <exception cref="ConnectorException">The channel did not accept the activity, after retries.</exception>
    public Task SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            path += $"/{Escape(activity.ReplyToId)}";
        }

        return SendAsync(HttpMethod.Post, path, activity, cancellationToken);
    }

    /// <summary>Replaces an activity the bot sent before (<c>PUT /v3/conversations/{id}/activities/{activity.Id}</c>).</summary>
    /// <exception cref="UntrustedServiceUrlException">The service URL is not allowed; nothing was sent.</exception>
    /// <exception cref="ConnectorException">The channel did not accept the update, after retries.</exception>
    public Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id);
        return SendAsync(HttpMethod.Put, $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities/{Escape(activity.Id)}", activity, cancellationToken);
    }

    private async Task SendAsync(HttpMethod method, string path, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            throw new ConnectorException("The activity names no conversation to send to.");
        }

        var conversation = HashForLog(activity.Conversation.Id);

        var serviceUrl = ServiceUrlPolicy.Trusted(activity.ServiceUrl, _options.HasAppId);
        if (serviceUrl is null)
        {
            LogServiceUrlRefused(activity.Type, conversation, _options.HasAppId);
            throw new UntrustedServiceUrlException(_options.HasAppId
                ? "Replies go only to https service URLs (or http on loopback)."
                : "Without a MicrosoftAppId (local development) replies go only to loopback service URLs.");
        }

        try
        {
            using var request = new HttpRequestMessage(method, new Uri($"{serviceUrl.GetLeftPart(UriPartial.Path).TrimEnd('/')}/{path}"))
            {
                Content = JsonContent.Create(activity, BotFrameworkJson.Wire.Activity),
            };
            if (_options.HasAppId)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _credentials.GetTokenAsync(cancellationToken));
            }

            using var response = await _httpClientFactory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogSendRejected(activity.Type, conversation, (int)response.StatusCode);
                throw new ConnectorException($"The channel answered {(int)response.StatusCode} to {method} activity.", response.StatusCode);
            }
        }
        catch (Exception exception) when (exception is not ConnectorException && !cancellationToken.IsCancellationRequested)
        {
            // Refused connections, timeouts and token failures: all mean "not delivered" to the caller.
            LogSendFailed(activity.Type, conversation, exception.GetType().Name);
            throw new ConnectorException($"The activity could not be delivered ({DescribeFailure(exception)}).", exception);
        }
    }

    private static string Escape(string? segment) => Uri.EscapeDataString(segment ?? string.Empty);

    private static string DescribeFailure(Exception exception) => exception switch
    {
        TimeoutRejectedException or TaskCanceledException => "timed out",
        HttpRequestException => "no connection",
        MsalException => "no token",
        _ => exception.GetType().Name,
    };

    /// <summary>A short, stable stand-in for the conversation id in logs.</summary>
    private static string HashForLog(string conversationId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)))[..12];

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "The channel refused a {ActivityType} activity for conversation {ConversationHash} with status {StatusCode}")]
    private partial void LogSendRejected(string? activityType, string conversationHash, int statusCode);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Could not deliver a {ActivityType} activity for conversation {ConversationHash}: {Failure}")]
    private partial void LogSendFailed(string? activityType, string conversationHash, string failure);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Refused to send a {ActivityType} activity for conversation {ConversationHash} to an untrusted service URL (app id configured: {HasAppId})")]
    private partial void LogServiceUrlRefused(string? activityType, string conversationHash, bool hasAppId);
}
