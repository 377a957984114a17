namespace Guidebot.Hosting;

/// <summary>Warns at startup, outside Development, that the Data Protection keys are stored without encryption (no <c>DataProtection:CertificatePath</c>).</summary>
internal sealed partial class KeyRingWarning(string location, IHostEnvironment environment, ILogger<KeyRingWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            LogUnencrypted(location);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning,
        Message = "Data Protection keys are stored unencrypted in {Location}; set DataProtection:CertificatePath to encrypt them at rest")]
    private partial void LogUnencrypted(string location);
}
