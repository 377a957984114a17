using Guidebot.ReliabilityTests.Support;
using Guidebot.Testing.Turns;

namespace Guidebot.ReliabilityTests.Deployment;

/// <summary>
/// The container image and compose.yaml, run for real where a container runtime is usable (<c>docker info</c> succeeds);
/// elsewhere skipped, saying so. PublishedAppTests prove what can be proven without one.
/// </summary>
[Trait("Category", "Container")]
public sealed class ContainerImageTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(20);
    private readonly string _name = $"guidebot-test-{Guid.NewGuid():N}"[..24];

    [SkippableFact]
    public async Task Image_RunWithReadOnlyRootAsNonRoot_BecomesHealthyAndAnswersATurn()
    {
        await SkipWithoutRuntimeAsync();
        await DockerAsync(BuildTimeout, "build", "--tag", _name, ".");
        try
        {
            await DockerAsync(TimeSpan.FromMinutes(1), "run", "--detach", "--name", _name, "--read-only", "--tmpfs", "/tmp",
                "--publish", "127.0.0.1::8080", "--env", "BotFramework__AllowUnauthenticated=true", "--env", "Feedback__Salt=test-salt", _name);
            await Poll.UntilAsync(
                async () => (await DockerAsync(TimeSpan.FromSeconds(30), "inspect", "--format", "{{.State.Health.Status}}", _name)).Trim() == "healthy",
                TimeSpan.FromMinutes(3),
                "the container's HEALTHCHECK to report healthy");
            using var client = new HttpClient { BaseAddress = new Uri($"http://{(await DockerAsync(TimeSpan.FromSeconds(30), "port", _name, "8080")).Split('\n')[0].Trim()}/") };

            var reply = Assert.Single(await client.ExchangeAsync(Turns.Message("hej", "container")));

            Assert.Contains("Søg i guiden", reply.AllText(), StringComparison.Ordinal);
            Assert.NotEqual("0", (await DockerAsync(TimeSpan.FromSeconds(30), "exec", _name, "id", "-u")).Trim());
        }
        finally
        {
            await DockerRuntime.RunAsync(["rm", "--force", _name], TimeSpan.FromMinutes(1));
            await DockerRuntime.RunAsync(["image", "rm", "--force", _name], TimeSpan.FromMinutes(1));
        }
    }

    [SkippableFact]
    public async Task Compose_TwoBotsOnOneRedis_ShareAConversation()
    {
        await SkipWithoutRuntimeAsync();
        string[] project = ["compose", "--file", ContainerFiles.Compose, "--project-name", _name];
        try
        {
            // GUIDEBOT_PORTS set but empty: each bot gets a free loopback port.
            await DockerAsync(BuildTimeout, [.. project, "up", "--build", "--detach", "--wait", "--scale", "bot=2"], ("GUIDEBOT_PORTS", string.Empty));
            using var first = await ClientAsync(project, 1);
            using var second = await ClientAsync(project, 2);

            await SharedConversation.AssertContinuesAcrossAsync(first, second, "compose");
        }
        finally
        {
            await DockerRuntime.RunAsync([.. project, "down", "--volumes"], TimeSpan.FromMinutes(2));
        }
    }

    private static async Task SkipWithoutRuntimeAsync()
    {
        var problem = await DockerRuntime.ProblemAsync();
        Skip.If(problem is not null, $"No usable container runtime: {problem}. The image was not built or run; PublishedAppTests ran its build and environment instead.");
    }

    private static async Task<HttpClient> ClientAsync(string[] project, int index)
    {
        var address = await DockerAsync(TimeSpan.FromSeconds(30), [.. project, "port", "--index", index.ToString(System.Globalization.CultureInfo.InvariantCulture), "bot", "8080"]);
        return new HttpClient { BaseAddress = new Uri($"http://{address.Trim()}/") };
    }

    private static Task<string> DockerAsync(TimeSpan timeout, params string[] arguments) => DockerAsync(timeout, arguments, []);

    private static async Task<string> DockerAsync(TimeSpan timeout, string[] arguments, params (string Name, string Value)[] environment)
    {
        var startInfo = new System.Diagnostics.ProcessStartInfo("docker") { WorkingDirectory = Guidebot.Testing.RepositoryPaths.Root };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var result = await Command.RunAsync(startInfo, timeout);
        Assert.True(result.ExitCode == 0, $"docker {string.Join(' ', arguments)} failed: {result}");
        return result.Output;
    }
}
