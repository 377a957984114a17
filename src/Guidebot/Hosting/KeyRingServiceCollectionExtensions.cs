using Guidebot.BotFramework.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Guidebot.Hosting;

/// <summary>ASP.NET Core Data Protection (the chat page's tokens) with its key ring where every instance finds it.</summary>
internal static class KeyRingServiceCollectionExtensions
{
    /// <summary>Fixed, so every instance (and every container path) reads the same keys.</summary>
    public const string ApplicationName = "Guidebot";

    public const string RedisKeyName = "dataprotection-keys";

    /// <summary>
    /// Keys in the state's Redis (<c>Storage:Provider=Redis</c>, key <c>{KeyPrefix}dataprotection-keys</c>), else in
    /// <c>DataProtection:KeysPath</c>, else in the default folder; encrypted with <c>DataProtection:CertificatePath</c>
    /// when set, otherwise <see cref="KeyRingWarning"/> says they are not encrypted at rest.
    /// </summary>
    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyRingOptions>, KeyRingCertificate>();
        var keyRing = services.AddDataProtection().SetApplicationName(ApplicationName);

        var options = configuration.GetSection(KeyRingOptions.SectionName).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        string location;
        if (storage.Provider == StorageProvider.Redis)
        {
            RedisKey key = storage.Redis.KeyPrefix + RedisKeyName;
            services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>(
                (keys, redis) => keys.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), key));
            location = $"Redis key {key}";
        }
        else if (!string.IsNullOrWhiteSpace(options.KeysPath))
        {
            keyRing.PersistKeysToFileSystem(new DirectoryInfo(options.KeysPath));
            location = options.KeysPath;
        }
        else
        {
            location = "the default folder of the user profile";
        }

        // A certificate that cannot be loaded is reported by KeyRingCertificate, which stops startup.
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            if (KeyRingCertificate.Load(options, out _) is { } certificate)
            {
                keyRing.ProtectKeysWithCertificate(certificate);
            }

            return services;
        }

        services.AddHostedService(s => new KeyRingWarning(location, s.GetRequiredService<IHostEnvironment>(), s.GetRequiredService<ILogger<KeyRingWarning>>()));
        return services;
    }
}
