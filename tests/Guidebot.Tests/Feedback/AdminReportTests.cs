using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Guidebot.Features.Feedback;
using Guidebot.Hosting;
using Guidebot.Testing.Cards;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Feedback;

/// <summary>
/// The report for editors: the admin page (no key: not there; a key: HTTP Basic with it as the password) and the
/// "rapport" card for the editors listed in Admin:Users.
/// </summary>
public sealed partial class AdminReportTests
{
    private const string Key = "a-long-admin-key-for-tests";

    [Fact]
    public async Task GetReport_NoKeyConfigured_Is404()
    {
        await using var factory = new GuidebotFactory();

        using var response = await factory.CreateClient().GetAsync(new Uri(AdminEndpoints.ReportPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-of-the-same-length!!")]
    [InlineData("")]
    public async Task GetReport_MissingOrWrongKey_Is401AndAsksForBasic(string? key)
    {
        await using var factory = new GuidebotFactory().With("Admin:Key", Key);
        var client = factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = Basic(key);
        }

        using var response = await client.GetAsync(new Uri(AdminEndpoints.ReportPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task GetReport_RightKey_Is200WithTheReportAsHtml()
    {
        await using var factory = new GuidebotFactory().With("Admin:Key", Key);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = Basic(Key);
        Assert.Single(await client.ExchangeAsync(Activities.Message("Opskrift på <b>lasagne</b>", "admin-page")));

        using var response = await client.GetAsync(new Uri(AdminEndpoints.ReportPath + "?since=7d", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("(7 days, UTC)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;lasagne&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains(ReportHtml.StyleHash, response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetReport_BadPeriod_Is400()
    {
        await using var factory = new GuidebotFactory().With("Admin:Key", Key);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = Basic(Key);

        using var response = await client.GetAsync(new Uri(AdminEndpoints.ReportPath + "?since=last-week", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Rapport_TypedByAnEditor_GetsTheReportCard_OthersGetTheirEditorId()
    {
        string editorId;
        await using (var factory = new GuidebotFactory())
        {
            var refused = Assert.Single(await factory.CreateClient().ExchangeAsync(Activities.Message("rapport", "rapport-1", "editor-user")));
            editorId = EditorId().Match(refused.Text ?? string.Empty).Value;
            Assert.Null(refused.Card());
        }

        await using var withEditor = new GuidebotFactory().With("Admin:Users:0", editorId);
        var client = withEditor.CreateClient();
        var card = Assert.Single(await client.ExchangeAsync(Activities.Message("rapport", "rapport-2", "editor-user")));
        var other = Assert.Single(await client.ExchangeAsync(Activities.Message("rapport", "rapport-3", "someone-else")));

        Assert.Matches(EditorId(), editorId);
        Assert.Contains(FeedbackTexts.ReportTitle, card.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(editorId, other.Text, StringComparison.Ordinal);
        Assert.Null(other.Card());
        var report = await CardValidator.ValidateAsync([new NamedCard("rapport", System.Text.Json.Nodes.JsonNode.Parse(card.Card()!.Value.GetRawText())!)], CancellationToken.None);
        report.EnsureValid();
    }

    private static AuthenticationHeaderValue Basic(string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("editor:" + password)));

    [GeneratedRegex("[0-9a-f]{32}")]
    private static partial Regex EditorId();
}
