using Guidebot.BotFramework.Auth;
using Guidebot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Guidebot.Tests.Hosting;

/// <summary>Secure by default: only Development, an app id or an explicit BotFramework:AllowUnauthenticated lets the bot start.</summary>
public sealed class BotAccessValidatorTests
{
    [Theory]
    [InlineData("Development", null, false)]
    [InlineData("Production", "00000000-0000-0000-0000-0000000000a1", false)]
    [InlineData("Production", null, true)]
    [InlineData("Staging", null, true)]
    public void Validate_AllowedCombination_Succeeds(string environment, string? appId, bool allowUnauthenticated)
    {
        var result = Validate(environment, appId, allowUnauthenticated);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void Validate_OutsideDevelopmentWithoutAppIdOrSwitch_FailsNamingBothFixes(string environment)
    {
        var result = Validate(environment, appId: null, allowUnauthenticated: false);

        var failure = Assert.Single(result.Failures!);
        Assert.Contains($"environment {environment}", failure, StringComparison.Ordinal);
        Assert.Contains("Set MicrosoftAppId and MicrosoftAppPassword", failure, StringComparison.Ordinal);
        Assert.Contains("BotFramework:AllowUnauthenticated=true", failure, StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(string environment, string? appId, bool allowUnauthenticated)
    {
        var validator = new BotAccessValidator(
            Options.Create(new BotFrameworkOptions { MicrosoftAppId = appId, MicrosoftAppPassword = "secret" }),
            new HostingEnvironment { EnvironmentName = environment });
        return validator.Validate(null, new BotAccessOptions { AllowUnauthenticated = allowUnauthenticated });
    }
}
