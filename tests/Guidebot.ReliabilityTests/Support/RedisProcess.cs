using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Guidebot.ReliabilityTests.Support;

/// <summary>A real redis-server on a free loopback port, without persistence, that a test can stop and start again on the same port.</summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private Process? _server;

    private RedisProcess(int port) => Port = port;

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisProcess> StartAsync()
    {
        var redis = new RedisProcess(FreePort());
        await redis.StartAgainAsync();
        return redis;
    }

    public async Task StartAgainAsync()
    {
        var executable = Which("redis-server") ?? throw new InvalidOperationException(
            "redis-server is not on PATH; install it with: apt-get update && apt-get install -y redis-server");
        var startInfo = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in new[] { "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        _server = Process.Start(startInfo) ?? throw new InvalidOperationException("redis-server did not start.");
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await Poll.UntilAsync(() => Guidebot.Testing.RedisPing.AnswersAsync(Port), TimeSpan.FromSeconds(10), $"redis-server on port {Port} to answer PING");
    }

    /// <summary>Kills the server (SIGKILL), as a crash or a network cut would look to the bot.</summary>
    public async Task StopAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill();
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
