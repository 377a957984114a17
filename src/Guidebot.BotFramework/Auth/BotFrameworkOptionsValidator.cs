using Microsoft.Extensions.Options;

namespace Guidebot.BotFramework.Auth;

/// <summary>Checks <see cref="BotFrameworkOptions"/> at startup so a misconfigured bot does not start.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        List<string> failures = [];
        var appType = options.MicrosoftAppType;
        if (!string.IsNullOrWhiteSpace(appType)
            && !string.Equals(appType, BotFrameworkOptions.MultiTenant, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(appType, BotFrameworkOptions.SingleTenant, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType '{appType}' is not supported: use {BotFrameworkOptions.MultiTenant} or {BotFrameworkOptions.SingleTenant}.");
        }

        if (options.IsSingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId.");
        }

        if (options.HasAppId && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppId is set, so MicrosoftAppPassword is needed.");
        }

        if (!Uri.TryCreate(options.OpenIdMetadataUrl, UriKind.Absolute, out var metadata) || metadata.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("BotFramework:OpenIdMetadataUrl must be an absolute https URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
