using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Guidebot.Tests.Support;

/// <summary>The host with every log line captured at Trace level.</summary>
public sealed class LoggingFactory : GuidebotFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
    }
}
