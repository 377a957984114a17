using System.Text.Json;
using System.Text.RegularExpressions;
using Guidebot.Testing;
using YamlDotNet.RepresentationModel;

namespace Guidebot.ReliabilityTests.Support;

/// <summary>
/// What the repository's Dockerfile and compose.yaml tell a container: its environment and its health check, read
/// from the files themselves so that the tests run the bot the way the image would.
/// </summary>
public static partial class ContainerFiles
{
    public static string Dockerfile => Path.Combine(RepositoryPaths.Root, "Dockerfile");

    public static string Compose => Path.Combine(RepositoryPaths.Root, "compose.yaml");

    /// <summary>The variables of the final stage's <c>ENV</c> instructions.</summary>
    public static IReadOnlyDictionary<string, string> DockerfileEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var instruction in FinalStage().Where(line => line.StartsWith("ENV ", StringComparison.Ordinal)))
        {
            foreach (Match pair in EnvPair().Matches(instruction[4..]))
            {
                environment[pair.Groups["key"].Value] = pair.Groups["value"].Value;
            }
        }

        return environment;
    }

    /// <summary>The <c>HEALTHCHECK … CMD [...]</c> command, as an argument list.</summary>
    public static IReadOnlyList<string> DockerfileHealthCheck()
    {
        var instruction = FinalStage().Single(line => line.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        var command = instruction[(instruction.IndexOf(" CMD ", StringComparison.Ordinal) + 5)..];
        return JsonSerializer.Deserialize<string[]>(command)!;
    }

    /// <summary>The <c>environment</c> of a compose service, with <c>${NAME:-default}</c> taken at its default.</summary>
    public static IReadOnlyDictionary<string, string> ComposeEnvironment(string service)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(Compose))
        {
            yaml.Load(reader);
        }

        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
        var environment = (YamlMappingNode)((YamlMappingNode)services[service])["environment"];
        return environment.Children.ToDictionary(
            entry => ((YamlScalarNode)entry.Key).Value!,
            entry => Default().Replace(((YamlScalarNode)entry.Value).Value ?? string.Empty, match => match.Groups["default"].Value),
            StringComparer.Ordinal);
    }

    /// <summary>The instructions after the last <c>FROM</c>, each on one line (continuations joined).</summary>
    private static IEnumerable<string> FinalStage()
    {
        var text = File.ReadAllText(Dockerfile).Replace("\\\n", " ", StringComparison.Ordinal);
        var lines = text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        return lines.Skip(lines.FindLastIndex(line => line.StartsWith("FROM ", StringComparison.Ordinal)) + 1);
    }

    [GeneratedRegex(@"(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<value>\S*)")]
    private static partial Regex EnvPair();

    [GeneratedRegex(@"\$\{[A-Za-z_][A-Za-z0-9_]*:?-(?<default>[^}]*)\}")]
    private static partial Regex Default();
}
