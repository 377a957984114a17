using Guidebot.ReliabilityTests.Support;
using Guidebot.Testing;

namespace Guidebot.ReliabilityTests.Processes;

/// <summary>
/// PROCESS-LEVEL tests (Category=Process): the built bot, started with a configuration or content it must refuse, exits
/// with code 1 before it listens and says why on stderr, one line per error, without a stack trace.
/// </summary>
[Trait("Category", "Process")]
public sealed class StartupFailureTests
{
    private const string Prefix = "Guidebot cannot start: ";

    [Fact]
    public async Task Start_ProductionWithoutAppId_RefusesWithOneLineNamingTheFix()
    {
        var result = await BotProcess.RunToExitAsync(new Dictionary<string, string> { ["Storage__Provider"] = "Memory" });

        var line = Assert.Single(ErrorLines(result));
        Assert.Contains("MicrosoftAppId is not set", line, StringComparison.Ordinal);
        Assert.Contains("BotFramework:AllowUnauthenticated=true", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AppIdWithoutPasswordAndHttpMetadata_RefusesWithOneLineEach()
    {
        var result = await BotProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Memory",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000a1",
            ["BotFramework__OpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration",
        });

        Assert.Equal(
            [Prefix + "MicrosoftAppId is set, so MicrosoftAppPassword is needed.", Prefix + "BotFramework:OpenIdMetadataUrl must be an absolute https URL."],
            ErrorLines(result));
    }

    [Fact]
    public async Task Start_ProductionWithoutFeedbackSalt_RefusesWithOneLineNamingTheFix()
    {
        var result = await BotProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Memory",
            ["BotFramework__AllowUnauthenticated"] = "true",
            ["Feedback__Salt"] = "",
        });

        var line = Assert.Single(ErrorLines(result));
        Assert.StartsWith(Prefix + "Feedback:Salt is not set: set it to a long random secret", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DataProtectionCertificateMissing_RefusesNamingTheFile()
    {
        var result = await BotProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Memory",
            ["BotFramework__AllowUnauthenticated"] = "true",
            ["DataProtection__CertificatePath"] = "/nonexistent/keyring.pfx",
        });

        var line = Assert.Single(ErrorLines(result));
        Assert.StartsWith(Prefix + "DataProtection:CertificatePath '/nonexistent/keyring.pfx' cannot be loaded", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ContentWithTwoErrors_RefusesWithEachFileLineAndColumn()
    {
        var cards = Directory.CreateTempSubdirectory("guidebot-bad-cards-").FullName;
        try
        {
            CopyFolder(Path.Combine(RepositoryPaths.Root, "cards"), cards);
            var areas = Directory.GetFiles(Path.Combine(cards, "areas"), "*.yaml").Order(StringComparer.Ordinal).Take(2).ToList();
            foreach (var area in areas)
            {
                var lines = File.ReadAllLines(area);
                var title = Array.FindIndex(lines, line => line.TrimStart().StartsWith("title:", StringComparison.Ordinal));
                lines[title] = lines[title][..lines[title].IndexOf('t', StringComparison.Ordinal)] + "title: \"\"";
                File.WriteAllLines(area, lines);
            }

            var result = await BotProcess.RunToExitAsync(new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Memory",
                ["BotFramework__AllowUnauthenticated"] = "true",
                ["Knowledge__CardsPath"] = cards,
            });

            var errors = ErrorLines(result);
            Assert.Equal(areas.Count, errors.Count);
            foreach (var (area, error) in areas.Zip(errors))
            {
                Assert.Matches($@"^{Prefix}{Path.GetFileName(cards)}/areas/{Path.GetFileName(area)}:\d+:\d+: area title is empty$", error);
            }
        }
        finally
        {
            Directory.Delete(cards, recursive: true);
        }
    }

    /// <summary>The stderr lines of a refused start, after checking that it was one: exit code 1, nothing but those lines, no stack trace.</summary>
    private static List<string> ErrorLines(CommandResult result)
    {
        Assert.True(result.ExitCode == 1, $"Expected exit code 1: {result}");
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Output + result.Error, StringComparison.Ordinal);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.All(lines, line => Assert.StartsWith(Prefix, line, StringComparison.Ordinal));
        return lines;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
