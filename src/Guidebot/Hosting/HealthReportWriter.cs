using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Guidebot.Hosting;

/// <summary>
/// The body of /readyz: the overall status and each check's status and description, e.g.
/// <c>{"status":"Degraded","checks":{"content":{"status":"Healthy"},"authentication":{"status":"Degraded","description":"…"}}}</c>.
/// Descriptions are fixed texts; exception messages are never written.
/// </summary>
internal static class HealthReportWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            if (entry.Description is { } description)
            {
                json.WriteString("description", description);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
