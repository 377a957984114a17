using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Guidebot.ReliabilityTests.Support;
using Microsoft.IdentityModel.Tokens;

namespace Guidebot.ReliabilityTests.Auth;

/// <summary>
/// Token forgeries and failures through the real endpoint, with an app id configured and the channel's keys served
/// by a loopback authority: every attack gets 401 (or 503 when the keys cannot be loaded), the bot never runs.
/// </summary>
public sealed class AuthAttackTests : IAsyncLifetime
{
    private ChannelAuthority _authority = null!;
    private ReliabilityFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _authority = await ChannelAuthority.StartAsync();
        _factory = new ReliabilityFactory()
            .With("MicrosoftAppType", "SingleTenant")
            .With("MicrosoftAppId", ChannelAuthority.AppId)
            .With("MicrosoftAppPassword", "secret")
            .With("MicrosoftAppTenantId", "00000000-0000-0000-0000-0000000000c0")
            .WithServices(_authority.Replace);
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _authority.DisposeAsync();
    }

    [Fact]
    public async Task Post_ValidChannelToken_RunsTheTurn()
    {
        using var response = await PostWithTokenAsync(_authority.Issue(Turns.NowhereServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"activities\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AlgNoneToken_Is401() =>
        await AssertRefusedAsync(ChannelAuthority.IssueUnsigned(Turns.NowhereServiceUrl), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Post_Hs256SignedWithThePublicKey_Is401() =>
        await AssertRefusedAsync(_authority.IssueHs256WithPublicKey(Turns.NowhereServiceUrl), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Post_TokenForAnotherBotsAppId_Is401() =>
        await AssertRefusedAsync(_authority.Issue(Turns.NowhereServiceUrl, audience: "11111111-another-bot"), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Post_TokenNotValidUntilTomorrow_Is401() =>
        await AssertRefusedAsync(_authority.Issue(Turns.NowhereServiceUrl, notBefore: DateTime.UtcNow.AddDays(1)), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Post_TokenWithoutServiceUrlClaim_Is401() =>
        await AssertRefusedAsync(_authority.Issue(Turns.NowhereServiceUrl, withServiceUrl: false), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Post_TokenSignedByAnAttackersKeyWithTheChannelsKeyId_Is401()
    {
        using var attacker = RSA.Create(2048);
        var forged = _authority.Issue(
            Turns.NowhereServiceUrl,
            credentials: new SigningCredentials(new RsaSecurityKey(attacker) { KeyId = ChannelAuthority.KeyId }, SecurityAlgorithms.RsaSha256));

        await AssertRefusedAsync(forged, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_KeysCannotBeLoaded_FailsClosedWith503()
    {
        _authority.Failing = true;

        await AssertRefusedAsync(_authority.Issue(Turns.NowhereServiceUrl), HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Post_64KilobyteAuthorizationHeader_IsRefusedNot500()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Turns.MessagesPath)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(Turns.Message("hej", "oversized-auth"), Guidebot.BotFramework.Schema.BotFrameworkJson.Default.Activity), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + new string('A', 64 * 1024));

        using var response = await _client.SendAsync(request);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.RequestHeaderFieldsTooLarge });
    }

    private async Task AssertRefusedAsync(string token, HttpStatusCode expected)
    {
        var before = StorageSnapshot.Take(_factory.DatabasePath);

        using var response = await PostWithTokenAsync(token);

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("\"activities\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, StorageSnapshot.Take(_factory.DatabasePath));
    }

    private Task<HttpResponseMessage> PostWithTokenAsync(string token)
    {
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _client.PostActivityAsync(Turns.Message("hej", "auth-attack"));
    }
}
