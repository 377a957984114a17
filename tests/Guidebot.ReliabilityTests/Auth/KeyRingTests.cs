using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.ReliabilityTests.Support;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Guidebot.ReliabilityTests.Auth;

/// <summary>
/// The Data Protection key ring behind the chat page's tokens: shared through Redis by every instance, encrypted at rest
/// with DataProtection:CertificatePath, and a warning outside Development when it is not.
/// </summary>
public sealed class KeyRingTests : IAsyncLifetime
{
    private const string KeyRingKey = "guidebot:dataprotection-keys";
    private readonly string _directory = Directory.CreateTempSubdirectory("guidebot-keyring-").FullName;
    private RedisProcess _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisProcess.StartAsync();

    public async Task DisposeAsync()
    {
        await _redis.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task ChatTokens_TwoInstancesOnOneRedisWithACertificate_AcceptEachOthersTokensAndStoreTheKeysEncrypted()
    {
        var certificate = WriteCertificate("keyring.pfx", "pfx-password");
        await using var first = ChatHost().With("DataProtection:CertificatePath", certificate).With("DataProtection:CertificatePassword", "pfx-password");
        await using var second = ChatHost().With("DataProtection:CertificatePath", certificate).With("DataProtection:CertificatePassword", "pfx-password");
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();

        var started = await StartAsync(firstClient);
        var reply = await SendAsync(secondClient, started.ConversationToken, """{"text":"hjælp"}""");
        var startedAgain = await StartAsync(secondClient, started.UserToken);

        Assert.Equal(started.ConversationId, reply.Conversation!.Id);
        Assert.Equal(started.UserId, startedAgain.UserId);
        Assert.NotEqual(started.ConversationId, startedAgain.ConversationId);
        var keys = await KeyRingAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains("encryptedSecret", key, StringComparison.Ordinal));
        Assert.All(keys, key => Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal));
        Assert.DoesNotContain(first.Logs.GetSnapshot(), log => log.Message.Contains("stored unencrypted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChatTokens_TwoInstancesOnOneRedisWithoutACertificate_AcceptEachOthersTokensAndWarn()
    {
        await using var first = ChatHost();
        await using var second = ChatHost();
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();

        var started = await StartAsync(firstClient);
        var reply = await SendAsync(secondClient, started.ConversationToken, """{"text":"hjælp"}""");

        Assert.Equal(started.ConversationId, reply.Conversation!.Id);
        Assert.Contains("<masterKey", Assert.Single(await KeyRingAsync()), StringComparison.Ordinal);
        Assert.Contains(first.Logs.GetSnapshot(), log => log.Level == LogLevel.Warning && log.Message.Contains($"stored unencrypted in Redis key {KeyRingKey}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChatTokens_SqliteWithKeysPath_KeepsTheKeyRingInThatFolder()
    {
        var keysPath = Path.Combine(_directory, "keys");
        await using var host = new ReliabilityFactory().With("DevChat:Enabled", "true").With("DataProtection:KeysPath", keysPath);
        using var client = host.CreateClient();

        await StartAsync(client);

        Assert.Single(Directory.GetFiles(keysPath, "key-*.xml"));
        Assert.Contains(host.Logs.GetSnapshot(), log => log.Level == LogLevel.Warning && log.Message.Contains($"stored unencrypted in {keysPath}", StringComparison.Ordinal));
    }

    private ReliabilityFactory ChatHost() => new ReliabilityFactory()
        .With("Storage:Provider", "Redis")
        .With("Storage:Redis:Configuration", _redis.Configuration)
        .With("DevChat:Enabled", "true");

    private string WriteCertificate(string fileName, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Guidebot key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_directory, fileName);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    private async Task<IReadOnlyList<string>> KeyRingAsync()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(_redis.Configuration);
        return (await redis.GetDatabase().ListRangeAsync(KeyRingKey)).Select(key => key.ToString()).ToList();
    }

    private static async Task<ChatStart> StartAsync(HttpClient client, string? userToken = null)
    {
        using var response = await client.PostAsync(
            new Uri("/devchat/conversations", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(new Dictionary<string, string?> { ["userToken"] = userToken }), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var welcome = body.RootElement.GetProperty("activities")[0];
        return new ChatStart(
            body.RootElement.GetProperty("userToken").GetString()!,
            body.RootElement.GetProperty("conversationToken").GetString()!,
            welcome.GetProperty("recipient").GetProperty("id").GetString()!,
            welcome.GetProperty("conversation").GetProperty("id").GetString()!);
    }

    private static async Task<Activity> SendAsync(HttpClient client, string conversationToken, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/devchat/activities", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversationToken);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return Assert.Single((await response.Content.ReadFromJsonAsync(BotFrameworkJson.Default.ExpectedReplies))!.Activities);
    }

    private sealed record ChatStart(string UserToken, string ConversationToken, string UserId, string ConversationId);
}
