using Guidebot.BotFramework.Auth;
using Microsoft.Extensions.Options;

namespace Guidebot.Hosting;

/// <summary>Secure by default: outside Development a bot without an app id does not start unless unauthenticated access is allowed on purpose.</summary>
internal sealed class BotAccessValidator(IOptions<BotFrameworkOptions> botFramework, IHostEnvironment environment) : IValidateOptions<BotAccessOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAccessOptions options) =>
        environment.IsDevelopment() || botFramework.Value.HasAppId || options.AllowUnauthenticated
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"MicrosoftAppId is not set, so anyone could post to /api/messages as any user (environment {environment.EnvironmentName}). "
                + "Set MicrosoftAppId and MicrosoftAppPassword, or BotFramework:AllowUnauthenticated=true to accept unauthenticated requests on purpose.");
}
