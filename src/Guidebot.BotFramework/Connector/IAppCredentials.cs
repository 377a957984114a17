namespace Guidebot.BotFramework.Connector;

/// <summary>The bot's credentials towards the channel service: a bearer token for outbound calls.</summary>
public interface IAppCredentials
{
    /// <summary>Returns an access token for the Bot Framework API, from cache while it is valid.</summary>
    Task<string> GetTokenAsync(CancellationToken cancellationToken);
}
