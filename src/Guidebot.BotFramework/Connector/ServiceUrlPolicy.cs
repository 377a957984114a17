using System.Net;

namespace Guidebot.BotFramework.Connector;

/// <summary>Decides which service URLs replies may be sent to.</summary>
internal static class ServiceUrlPolicy
{
    /// <summary>
    /// Parses <paramref name="serviceUrl"/> and returns it, or null when replies must not go there: it must be an
    /// absolute http(s) URL; without an app id its host must be loopback (<c>localhost</c>, 127.0.0.0/8, ::1); with an
    /// app id plain http is allowed only to loopback, so the bearer token never crosses the network in clear.
    /// </summary>
    public static Uri? Trusted(string? serviceUrl, bool hasAppId)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var loopback = IsLoopback(uri);
        var allowed = hasAppId ? uri.Scheme == Uri.UriSchemeHttps || loopback : loopback;
        return allowed ? uri : null;
    }

    /// <summary>Whether the URL's host (not its user info or a look-alike domain) is the local machine.</summary>
    public static bool IsLoopback(Uri uri) => uri.HostNameType switch
    {
        UriHostNameType.Dns => string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase),
        UriHostNameType.IPv4 or UriHostNameType.IPv6 => IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address),
        _ => false,
    };
}
