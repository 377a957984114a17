using System.ComponentModel;

namespace Guidebot.ReliabilityTests.Support;

/// <summary>Whether a container runtime is usable here: <c>docker info</c> must succeed (a client without a daemon is not enough).</summary>
public static class DockerRuntime
{
    private static readonly Lazy<Task<string?>> Problem = new(FindProblemAsync);

    /// <summary>Null when containers can run; otherwise why not, for the skip message.</summary>
    public static Task<string?> ProblemAsync() => Problem.Value;

    public static Task<CommandResult> RunAsync(IEnumerable<string> arguments, TimeSpan timeout) =>
        Command.RunAsync("docker", arguments, Guidebot.Testing.RepositoryPaths.Root, timeout);

    private static async Task<string?> FindProblemAsync()
    {
        try
        {
            var info = await RunAsync(["info", "--format", "{{.ServerVersion}}"], TimeSpan.FromSeconds(30));
            return info.ExitCode == 0
                ? null
                : $"`docker info` failed ({info.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim()})";
        }
        catch (Win32Exception)
        {
            return "no `docker` client on PATH";
        }
    }
}
