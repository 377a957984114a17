using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Guidebot.Hosting;

/// <summary>
/// Serves wwwroot: the Teams tab's pages, the shared renderer and its libraries always, the local chat page's own
/// files (<see cref="DevChatEndpoints.PageFiles"/>) only while DevChat is on. The tab's pages may be framed by Teams
/// and nothing else; every other page by nobody.
/// </summary>
internal static class ChatPageFiles
{
    /// <summary>The pages Teams shows in a frame: the tab and its configuration page.</summary>
    public static IReadOnlySet<string> TabPages { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "tab.html", "tab-config.html" };

    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'none'; form-action 'none'; ";

    private const string PagePolicy = Policy + "connect-src 'self'; frame-ancestors 'none'";

    // The Teams JavaScript library fetches its list of Teams origins from Microsoft's CDN (with a built-in fallback).
    private const string TabPolicy = Policy + "connect-src 'self' https://res.cdn.office.net; " +
        "frame-ancestors https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft";

    public static void UseChatPageFiles(this WebApplication app, bool devChatEnabled)
    {
        var webRoot = app.Environment.WebRootFileProvider;
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = devChatEnabled ? webRoot : new WithoutFiles(webRoot, DevChatEndpoints.PageFiles),
            OnPrepareResponse = AddSecurityHeaders,
        });
    }

    private static void AddSecurityHeaders(StaticFileResponseContext file)
    {
        var headers = file.Context.Response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = TabPages.Contains(file.File.Name) ? TabPolicy : PagePolicy;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers[HeaderNames.CacheControl] = "no-cache";
    }

    /// <summary>The web root without some of the files at its top level.</summary>
    private sealed class WithoutFiles(IFileProvider inner, IReadOnlySet<string> hidden) : IFileProvider
    {
        public IFileInfo GetFileInfo(string subpath) =>
            hidden.Contains(subpath.TrimStart('/')) ? new NotFoundFileInfo(subpath) : inner.GetFileInfo(subpath);

        public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

        public IChangeToken Watch(string filter) => inner.Watch(filter);
    }
}
