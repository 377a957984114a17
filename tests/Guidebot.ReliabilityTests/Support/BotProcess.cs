using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Guidebot.ReliabilityTests.Support;

/// <summary>
/// The built bot as a real process (<c>dotnet Guidebot.dll --urls http://127.0.0.1:port</c>, Production environment,
/// configuration from environment variables), ready once /readyz answers 200; it can be killed (SIGKILL) or stopped
/// gracefully (SIGTERM) and started again on the same port.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    private BotProcess(IReadOnlyDictionary<string, string> environment, int port)
    {
        _environment = environment;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public string Output => string.Join('\n', _output);

    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var bot = new BotProcess(environment, RedisProcess.FreePort());
        await bot.StartAgainAsync();
        return bot;
    }

    public async Task StartAgainAsync()
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Guidebot.dll"));
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in _environment)
        {
            startInfo.Environment[key] = value;
        }

        _process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Poll.UntilAsync(IsReadyAsync, StartupTimeout, $"the bot on port {Port} to be ready. Output:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        _process!.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a container orchestrator stops a pod; returns the exit code once the process has exited.</summary>
    public async Task SignalTerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process!.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process!.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Client.Dispose();
    }

    private async Task<bool> IsReadyAsync()
    {
        if (_process!.HasExited)
        {
            throw new InvalidOperationException($"The bot exited with {_process.ExitCode}. Output:\n{Output}");
        }

        try
        {
            using var response = await Client.GetAsync("/readyz");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
