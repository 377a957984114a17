using System.Security.Cryptography;
using System.Text;
using Guidebot.BotFramework.Storage;
using Guidebot.Features.Feedback;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Guidebot.Hosting;

/// <summary>
/// The feedback report for editors as a web page: <c>GET /admin/report[?since=30d]</c>, asking for Admin:Key as the password
/// of HTTP Basic authentication (any user name; 401 otherwise). Without a key it answers 404 in every environment: a report
/// page nobody has secured should not exist. (The key is read per request, so an invalid Admin section fails at startup with
/// the other option errors rather than here.)
/// </summary>
internal static class AdminEndpoints
{
    public const string ReportPath = "/admin/report";

    private static readonly int[] Periods = [7, FeedbackReader.DefaultDays, 90];

    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.MapGet(ReportPath, ReportAsync);
        return app;
    }

    private static async Task<IResult> ReportAsync(HttpContext context, IOptions<AdminOptions> options, UsageLog usage, FeedbackReader reader)
    {
        if (options.Value.Key is not { Length: > 0 } key)
        {
            return Results.NotFound();
        }

        if (!KeyMatches(key, context.Request.Headers.Authorization.ToString()))
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"Guidebot admin\", charset=\"UTF-8\"";
            return Results.Problem("The admin key is missing or wrong: give it as the password (HTTP Basic, any user name).", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (ReportPeriod.Parse(context.Request.Query["since"].ToString()) is not { } days)
        {
            return Results.Problem("since must be a number of days, such as 30d.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            await usage.FlushAsync(context.RequestAborted);
            var report = await reader.ReadAsync(days, context.RequestAborted);
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = $"default-src 'none'; style-src {ReportHtml.StyleHash}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            return Results.Content(ReportHtml.Render(report, Periods), "text/html; charset=utf-8");
        }
        catch (StorageUnavailableException)
        {
            return Results.Problem("The storage does not answer; try again shortly.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    // Hashes first, so the comparison takes the same time whatever the length or content of the guess.
    private static bool KeyMatches(string key, string authorization)
    {
        const string Basic = "Basic ";
        if (!authorization.StartsWith(Basic, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string credentials;
        try
        {
            credentials = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[Basic.Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var password = credentials[(credentials.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(password)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
