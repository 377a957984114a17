using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Guidebot.ReliabilityTests.Support;

/// <summary>
/// The built bot as a real process (<c>dotnet Guidebot.dll --urls http://127.0.0.1:port</c>, Production environment,
/// configuration from environment variables (with a Feedback__Salt), no app id and so <c>BotFramework__AllowUnauthenticated=true</c> unless the
/// test says otherwise), ready once /readyz answers 200; it can be killed (SIGKILL) or stopped gracefully (SIGTERM) and
/// started again on the same port. <see cref="BotLaunch"/> says how to start it (the build output by default).
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly BotLaunch _launch;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    private BotProcess(IReadOnlyDictionary<string, string> environment, BotLaunch launch, int port)
    {
        _environment = environment;
        _launch = launch;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    /// <summary>The process id of the bot (setpriv and the like exec into it, so it is the bot's own).</summary>
    public int ProcessId => _process!.Id;

    public HttpClient Client { get; }

    public string Output => string.Join('\n', _output);

    public static Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment) =>
        StartAsync(environment, BotLaunch.Built);

    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment, BotLaunch launch)
    {
        var bot = new BotProcess(environment, launch, RedisProcess.FreePort());
        await bot.StartAgainAsync();
        return bot;
    }

    /// <summary>Runs the built bot with exactly <paramref name="environment"/> (plus Production) until it exits by itself, as a failed startup does.</summary>
    public static Task<CommandResult> RunToExitAsync(IReadOnlyDictionary<string, string> environment) =>
        Command.RunAsync(CreateStartInfo(BotLaunch.Built, RedisProcess.FreePort(), environment), StartupTimeout);

    public async Task StartAgainAsync()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["BotFramework__AllowUnauthenticated"] = "true" };
        foreach (var (key, value) in _environment)
        {
            environment[key] = value;
        }

        _process = Process.Start(CreateStartInfo(_launch, Port, environment)) ?? throw new InvalidOperationException($"{_launch.FileName} did not start.");
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

    private static ProcessStartInfo CreateStartInfo(BotLaunch launch, int port, IReadOnlyDictionary<string, string> environment)
    {
        var startInfo = new ProcessStartInfo(launch.FileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = launch.WorkingDirectory,
        };
        foreach (var argument in launch.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["Feedback__Salt"] = "test-salt";
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        return startInfo;
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
