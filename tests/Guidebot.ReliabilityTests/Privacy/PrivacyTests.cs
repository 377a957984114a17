using System.Text;
using Guidebot.ReliabilityTests.Support;

namespace Guidebot.ReliabilityTests.Privacy;

/// <summary>
/// CPR numbers and health details typed into every input path — message text, card inputs, the search box, a message
/// extension query, an Adaptive Card action, a malformed request — appear in no log line (all levels), no stored
/// state (the raw SQLite file and its WAL), no exported span or metric, and no error message.
/// </summary>
public sealed class PrivacyTests
{
    private static readonly string[] Secrets = ["0101901234", "010190-1234", "311299-4321", "depression", "skizofreni", "kræftbehandling"];

    [Fact]
    public async Task AllInputPaths_CprAndHealthDetails_LeaveNoTrace()
    {
        var telemetry = new TelemetryCapture();
        await using var factory = telemetry.AttachTo(new ReliabilityFactory());
        using var client = factory.CreateClient();
        var responses = new StringBuilder();
        const string conversation = "privacy";

        foreach (var body in Requests(conversation))
        {
            using var response = await client.PostBytesAsync(Encoding.UTF8.GetBytes(body));
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                responses.AppendLine(text);
            }
        }

        TelemetryCapture.Flush(factory.Services);
        var logs = string.Join('\n', factory.Logs.GetSnapshot().Select(log =>
            $"{log.Message} {log.Exception} {string.Join(' ', log.StructuredState ?? [])} {string.Join(' ', log.Scopes)}"));
        var stored = string.Concat(Directory.GetFiles(factory.Directory).Select(file => Encoding.UTF8.GetString(File.ReadAllBytes(file))));
        var spans = string.Join('\n', telemetry.Spans.Exported);
        var metrics = string.Join('\n', telemetry.Metrics.Exported);

        Assert.Contains("Guidebot.BotFramework", spans, StringComparison.Ordinal);
        Assert.Contains("guidebot.turns", metrics, StringComparison.Ordinal);
        Assert.Contains(conversation, stored, StringComparison.Ordinal);
        foreach (var secret in Secrets)
        {
            Assert.False(logs.Contains(secret, StringComparison.OrdinalIgnoreCase), $"a log line carries '{secret}'");
            Assert.False(stored.Contains(secret, StringComparison.OrdinalIgnoreCase), $"the stored state carries '{secret}'");
            Assert.False(spans.Contains(secret, StringComparison.OrdinalIgnoreCase), $"a span carries '{secret}'");
            Assert.False(metrics.Contains(secret, StringComparison.OrdinalIgnoreCase), $"a metric carries '{secret}'");
            Assert.False(responses.ToString().Contains(secret, StringComparison.OrdinalIgnoreCase), $"an error message carries '{secret}'");
        }
    }

    private static IEnumerable<string> Requests(string conversation)
    {
        string Activity(string type, string rest, int n) => $$"""
            {"type":"{{type}}","id":"privacy-{{n}}","channelId":"msteams","serviceUrl":"{{Turns.NowhereServiceUrl}}",
             "from":{"id":"29:user-1","name":"Konsulent"},"recipient":{"id":"28:guidebot"},
             "conversation":{"id":"{{conversation}}"},"deliveryMode":"expectReplies",{{rest}}}
            """;

        var n = 0;
        yield return Activity("message", """ "text":"hej" """, n++);
        yield return Activity("message", """ "text":"Borgeren 010190-1234 har depression og går til kræftbehandling" """, n++);
        yield return Activity("message", """ "text":"0101901234" """, n++);
        yield return Activity("message", """ "value":{"verb":"search","query":"311299-4321 skizofreni"} """, n++);
        yield return Activity("message", """ "value":{"verb":"item","item":"010190-1234"} """, n++);
        yield return Activity("message", """ "value":{"verb":"area","area":"depression","page":0} """, n++);
        yield return Activity("message", """ "text":"menu","value":{"note":"0101901234 skizofreni"} """, n++);
        yield return Activity("invoke", """ "name":"composeExtension/query","value":{"commandId":"search","parameters":[{"name":"searchQuery","value":"0101901234 depression"}]} """, n++);
        yield return Activity("invoke", """ "name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"search","data":{"query":"010190-1234 kræftbehandling"}}} """, n++);
        yield return Activity("message", """ "text":"0101901234 skizofreni","from":42 """, n++);
        yield return """{"type":"message","text":"010190-1234 depression","conversation":{"id":"privacy"}}""";
        yield return """{"type":"message","text":"0101901234 skizofreni" """;
    }
}
