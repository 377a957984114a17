using System.Net;
using Guidebot.BotFramework.Auth;
using Guidebot.BotFramework.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Guidebot.BotFramework.Tests.Auth;

public sealed class BotFrameworkAuthenticatorTests : IDisposable
{
    // One channel key for the whole class: RSA key generation is the slow part of these tests.
    private static readonly ChannelTokens Channel = new("channel-key-1");
    private readonly FakeChannelMetadata _metadata = new();
    private readonly ServiceProvider _services;

    public BotFrameworkAuthenticatorTests()
    {
        _metadata.Keys = [Channel.JwksEntry("msteams", "webchat")];
        _services = BuildServices(new()
        {
            ["MicrosoftAppId"] = ChannelTokens.AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["BotFramework:OpenIdMetadataUrl"] = FakeChannelMetadata.MetadataUrl,
        });
    }

    private BotFrameworkAuthenticator Authenticator => _services.GetRequiredService<BotFrameworkAuthenticator>();

    [Fact]
    public async Task AuthenticateAsync_ValidChannelToken_Authenticated()
    {
        var result = await Authenticator.AuthenticateAsync($"Bearer {Channel.Issue()}", TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.Authenticated, result.Outcome);
        Assert.True(result.IsAccepted);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCase_Authenticated()
    {
        var activity = TeamsActivity(serviceUrl: ChannelTokens.ServiceUrl.ToUpperInvariant());

        var result = await Authenticator.AuthenticateAsync($"Bearer {Channel.Issue()}", activity, CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.Authenticated, result.Outcome);
    }

    [Theory]
    [InlineData(null, "missing bearer token")]
    [InlineData("", "missing bearer token")]
    [InlineData("Bearer", "missing bearer token")]
    [InlineData("Basic dXNlcjpwYXNz", "missing bearer token")]
    [InlineData("Bearer not-a-jwt", "malformed token")]
    public async Task AuthenticateAsync_NoUsableBearerToken_Unauthorized(string? header, string reason)
    {
        var result = await Authenticator.AuthenticateAsync(header, TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.Unauthorized, result.Outcome);
        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondClockSkew_Unauthorized()
    {
        var token = Channel.Issue(expires: DateTime.UtcNow.AddMinutes(-6));

        var result = await Authenticator.AuthenticateAsync($"Bearer {token}", TeamsActivity(), CancellationToken.None);

        AssertRejected(result, "token expired", token);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinClockSkew_Authenticated()
    {
        var token = Channel.Issue(expires: DateTime.UtcNow.AddMinutes(-4));

        var result = await Authenticator.AuthenticateAsync($"Bearer {token}", TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.Authenticated, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_TokenForAnotherBot_Unauthorized()
    {
        var token = Channel.Issue(audience: "another-bot");

        var result = await Authenticator.AuthenticateAsync($"Bearer {token}", TeamsActivity(), CancellationToken.None);

        AssertRejected(result, "wrong audience", token);
    }

    [Fact]
    public async Task AuthenticateAsync_TokenFromAnotherIssuer_Unauthorized()
    {
        var token = Channel.Issue(issuer: "https://sts.windows.net/some-tenant/");

        var result = await Authenticator.AuthenticateAsync($"Bearer {token}", TeamsActivity(), CancellationToken.None);

        AssertRejected(result, "wrong issuer", token);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedByImpostorWithChannelKeyId_Unauthorized()
    {
        using var impostor = new ChannelTokens(Channel.KeyId);
        var token = impostor.Issue();

        var result = await Authenticator.AuthenticateAsync($"Bearer {token}", TeamsActivity(), CancellationToken.None);

        AssertRejected(result, "invalid signature", token);
    }

    [Fact]
    public async Task AuthenticateAsync_AlgNone_Unauthorized()
    {
        var token = ChannelTokens.IssueUnsigned();

        var result = await Authenticator.AuthenticateAsync($"Bearer {token}", TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.Unauthorized, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_Rs384_Unauthorized()
    {
        var token = Channel.Issue(algorithm: SecurityAlgorithms.RsaSha384);

        var result = await Authenticator.AuthenticateAsync($"Bearer {token}", TeamsActivity(), CancellationToken.None);

        AssertRejected(result, "invalid signature", token);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimDiffers_Unauthorized()
    {
        var token = Channel.Issue(serviceUrl: "https://evil.example/");

        var result = await Authenticator.AuthenticateAsync($"Bearer {token}", TeamsActivity(), CancellationToken.None);

        AssertRejected(result, "serviceurl claim does not match the activity", token);
    }

    [Fact]
    public async Task AuthenticateAsync_NoServiceUrlClaim_Unauthorized()
    {
        var token = Channel.Issue(serviceUrl: null);

        var result = await Authenticator.AuthenticateAsync($"Bearer {token}", TeamsActivity(), CancellationToken.None);

        AssertRejected(result, "serviceurl claim missing", token);
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("MSTEAMS")]
    [InlineData(null)]
    public async Task AuthenticateAsync_ChannelNotEndorsedBySigningKey_Unauthorized(string? channelId)
    {
        var result = await Authenticator.AuthenticateAsync($"Bearer {Channel.Issue()}", TeamsActivity(channelId: channelId), CancellationToken.None);

        AssertRejected(result, "signing key not endorsed for the channel", token: null);
    }

    [Fact]
    public async Task AuthenticateAsync_SigningKeyWithoutEndorsements_Authenticated()
    {
        _metadata.Keys = [Channel.JwksEntry()];

        var result = await Authenticator.AuthenticateAsync($"Bearer {Channel.Issue()}", TeamsActivity(channelId: "emulator"), CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.Authenticated, result.Outcome);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task AuthenticateAsync_MetadataUnavailable_UnavailableNotAccepted(HttpStatusCode status)
    {
        _metadata.FailWith = status;

        var first = await Authenticator.AuthenticateAsync($"Bearer {Channel.Issue()}", TeamsActivity(), CancellationToken.None);
        var second = await Authenticator.AuthenticateAsync($"Bearer {Channel.Issue()}", TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.Unavailable, first.Outcome);
        Assert.Equal(AuthenticationOutcome.Unavailable, second.Outcome);
        Assert.False(first.IsAccepted);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyRotatedAfterMetadataLoaded_RefreshesAndAuthenticates()
    {
        Assert.Equal(AuthenticationOutcome.Authenticated, (await Authenticator.AuthenticateAsync($"Bearer {Channel.Issue()}", TeamsActivity(), CancellationToken.None)).Outcome);
        using var rotated = new ChannelTokens("channel-key-2");
        _metadata.Keys = [rotated.JwksEntry("msteams")];

        var result = await Authenticator.AuthenticateAsync($"Bearer {rotated.Issue()}", TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.Authenticated, result.Outcome);
        Assert.Equal(2, _metadata.KeyRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_NoAppIdConfigured_AnonymousWithoutToken()
    {
        using var services = BuildServices([]);
        var authenticator = services.GetRequiredService<BotFrameworkAuthenticator>();

        var result = await authenticator.AuthenticateAsync(null, TeamsActivity(serviceUrl: "http://localhost:3978/"), CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.Anonymous, result.Outcome);
        Assert.True(result.IsAccepted);
        Assert.Equal(0, _metadata.KeyRequests);
    }

    private ServiceProvider BuildServices(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddBotFrameworkAuthentication(configuration);
        services.Replace(ServiceDescriptor.KeyedSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(
            BotFrameworkAuthenticator.MetadataServiceKey,
            (_, _) => new ConfigurationManager<OpenIdConnectConfiguration>(
                FakeChannelMetadata.MetadataUrl,
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(new HttpClient(_metadata, disposeHandler: false)))));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static Activity TeamsActivity(string? channelId = "msteams", string serviceUrl = ChannelTokens.ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:conversation" },
    };

    private static void AssertRejected(AuthenticationResult result, string reason, string? token)
    {
        Assert.Equal(AuthenticationOutcome.Unauthorized, result.Outcome);
        Assert.Equal(reason, result.Reason);
        Assert.False(result.IsAccepted);
        if (token is not null)
        {
            Assert.DoesNotContain(token.Split('.')[1], result.Reason, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _services.Dispose();
        _metadata.Dispose();
    }
}
