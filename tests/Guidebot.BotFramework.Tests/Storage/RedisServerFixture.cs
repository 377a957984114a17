using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace Guidebot.BotFramework.Tests.Storage;

/// <summary>
/// Starts a throw-away redis-server on a free loopback port (no persistence) for the Redis collection and
/// kills it afterwards. Without redis-server on PATH every Redis test fails, saying how to install it.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private const int ReadinessAttempts = 100;
    private static readonly TimeSpan ReadinessInterval = TimeSpan.FromMilliseconds(50);

    private readonly StringBuilder _output = new();
    private Process? _server;
    private ConnectionMultiplexer? _connection;

    /// <summary>The server's address, e.g. <c>127.0.0.1:41234</c>.</summary>
    public string Configuration { get; private set; } = string.Empty;

    public IConnectionMultiplexer Connection =>
        _connection ?? throw new InvalidOperationException("The Redis server has not been started.");

    public async Task InitializeAsync()
    {
        var executable = FindOnPath("redis-server") ?? throw new InvalidOperationException(
            "redis-server is not on PATH, so the Redis storage tests cannot run. "
            + "Install it with: apt-get update && apt-get install -y redis-server");
        var port = FreeLoopbackPort();
        Configuration = $"127.0.0.1:{port}";

        _server = Process.Start(StartInfo(executable, port))
            ?? throw new InvalidOperationException($"{executable} did not start.");
        _server.OutputDataReceived += (_, e) => Append(e.Data);
        _server.ErrorDataReceived += (_, e) => Append(e.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        await WaitUntilReadyAsync(port);
        _connection = await ConnectionMultiplexer.ConnectAsync(Configuration);
    }

    public async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        if (_server is not null)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
            _server.Dispose();
        }
    }

    private static ProcessStartInfo StartInfo(string executable, int port)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in new[]
        {
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1",
            "--save", string.Empty,
            "--appendonly", "no",
            "--daemonize", "no",
            "--loglevel", "warning",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    // Polls PING until the server answers PONG: a bounded number of short attempts, failing with its output.
    private async Task WaitUntilReadyAsync(int port)
    {
        for (var attempt = 0; attempt < ReadinessAttempts && !_server!.HasExited; attempt++)
        {
            if (await Guidebot.Testing.RedisPing.AnswersAsync(port))
            {
                return;
            }

            await Task.Delay(ReadinessInterval);
        }

        throw new InvalidOperationException(
            $"redis-server on port {port} did not answer PING (exited: {_server!.HasExited}). Output:\n{Output()}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
