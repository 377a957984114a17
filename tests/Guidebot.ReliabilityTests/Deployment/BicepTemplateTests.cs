using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Guidebot.ReliabilityTests.Support;
using Guidebot.Testing;

namespace Guidebot.ReliabilityTests.Deployment;

/// <summary>
/// infra/main.bicep through the Bicep CLI (Azure.Bicep.CommandLine.linux-x64, restored by this project's PackageDownload):
/// it builds and lints with no error and no warning, and the ARM template it compiles to has what the deployment needs.
/// </summary>
public sealed class BicepTemplateTests
{
    private static readonly string Template = Path.Combine(RepositoryPaths.Root, "infra", "main.bicep");

    [SkippableFact]
    public async Task Build_MainTemplate_CompilesWithoutErrorsOrWarnings()
    {
        var build = await BicepAsync("build", Template, "--stdout");

        Assert.True(build.ExitCode == 0 && build.Error.Trim().Length == 0, $"bicep build: {build}");
        using var arm = JsonDocument.Parse(build.Output);
        var resources = arm.RootElement.GetProperty("resources");
        var types = resources.EnumerateArray().Select(r => r.GetProperty("type").GetString()).ToHashSet();
        Assert.Superset(
            new HashSet<string?>
            {
                "Microsoft.BotService/botServices", "Microsoft.App/containerApps", "Microsoft.Cache/redis", "Microsoft.Insights/components",
                "Microsoft.KeyVault/vaults", "Microsoft.KeyVault/vaults/secrets",
            },
            types);
        var app = resources.EnumerateArray().Single(r => r.GetProperty("type").GetString() == "Microsoft.App/containerApps").GetProperty("properties");
        // The secrets are an expression (the admin key joins them only when given): every secret object in it is a Key Vault reference.
        var secrets = app.GetProperty("configuration").GetProperty("secrets").GetString()!;
        Assert.Equal(4, Regex.Count(secrets, @"createObject\('name', '[a-z-]+', 'keyVaultUrl', "));
        Assert.Equal(4, Regex.Count(secrets, "createObject"));
        Assert.Equal("[parameters('minReplicas')]", app.GetProperty("template").GetProperty("scale").GetProperty("minReplicas").GetString());
        Assert.Equal(2, arm.RootElement.GetProperty("parameters").GetProperty("minReplicas").GetProperty("minValue").GetInt32());
    }

    [SkippableFact]
    public async Task Lint_MainTemplate_ReportsNothing()
    {
        var lint = await BicepAsync("lint", Template);

        Assert.True(lint.ExitCode == 0 && (lint.Output + lint.Error).Trim().Length == 0, $"bicep lint: {lint}");
    }

    private static Task<CommandResult> BicepAsync(params string[] arguments)
    {
        var bicep = typeof(BicepTemplateTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;
        Skip.IfNot(File.Exists(bicep), $"The Bicep CLI is not at {bicep} (restore tests/Guidebot.ReliabilityTests to download Azure.Bicep.CommandLine.linux-x64); the template was not checked.");
        return Command.RunAsync(bicep, arguments, Path.GetTempPath(), TimeSpan.FromMinutes(2));
    }
}
