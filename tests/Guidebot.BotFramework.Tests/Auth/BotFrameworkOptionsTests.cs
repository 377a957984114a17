using Guidebot.BotFramework.Auth;
using Guidebot.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Guidebot.BotFramework.Tests.Auth;

public sealed class BotFrameworkOptionsTests
{
    [Fact]
    public void AddBotFrameworkAuthentication_TopLevelKeys_BoundAsBotFrameworkSamplesUseThem()
    {
        using var services = Build(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant-id",
            ["BotFramework:OpenIdMetadataUrl"] = "https://metadata.example/openid",
        });

        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.True(options.IsSingleTenant);
        Assert.Equal("app-id", options.MicrosoftAppId);
        Assert.Equal("secret", options.MicrosoftAppPassword);
        Assert.Equal("tenant-id", options.MicrosoftAppTenantId);
        Assert.Equal("https://metadata.example/openid", options.OpenIdMetadataUrl);
    }

    [Fact]
    public void AddBotFrameworkAuthentication_NothingConfigured_LocalDevelopmentDefaults()
    {
        using var services = Build([]);

        StartupValidator(services).Validate();
        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.False(options.HasAppId);
        Assert.False(options.IsSingleTenant);
        Assert.Equal(BotFrameworkOptions.DefaultOpenIdMetadataUrl, options.OpenIdMetadataUrl);
    }

    [Theory]
    [InlineData("UserAssignedMSI", "MicrosoftAppType 'UserAssignedMSI' is not supported: use MultiTenant or SingleTenant.")]
    [InlineData("Multi", "MicrosoftAppType 'Multi' is not supported: use MultiTenant or SingleTenant.")]
    public void Startup_UnsupportedAppType_FailsWithClearMessage(string appType, string message)
    {
        using var services = Build(new() { ["MicrosoftAppType"] = appType, ["MicrosoftAppId"] = "app-id", ["MicrosoftAppPassword"] = "secret" });

        var failure = Assert.Throws<OptionsValidationException>(StartupValidator(services).Validate);

        Assert.Contains(message, failure.Failures);
    }

    [Fact]
    public void Startup_SingleTenantWithoutTenantId_Fails()
    {
        using var services = Build(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = "app-id", ["MicrosoftAppPassword"] = "secret" });

        var failure = Assert.Throws<OptionsValidationException>(StartupValidator(services).Validate);

        Assert.Contains("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId.", failure.Failures);
    }

    [Fact]
    public void Startup_AppIdWithoutPassword_Fails()
    {
        using var services = Build(new() { ["MicrosoftAppId"] = "app-id" });

        var failure = Assert.Throws<OptionsValidationException>(StartupValidator(services).Validate);

        Assert.Contains("MicrosoftAppId is set, so MicrosoftAppPassword is needed.", failure.Failures);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("login.botframework.com")]
    public void Startup_MetadataUrlNotHttps_Fails(string url)
    {
        using var services = Build(new() { ["BotFramework:OpenIdMetadataUrl"] = url });

        var failure = Assert.Throws<OptionsValidationException>(StartupValidator(services).Validate);

        Assert.Contains("BotFramework:OpenIdMetadataUrl must be an absolute https URL.", failure.Failures);
    }

    [Fact]
    public void AddBotConnector_AfterAuthentication_RegistersOptionsValidationOnce()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = "app-id" }).Build();
        var collection = new ServiceCollection().AddLogging();

        collection.AddBotFrameworkAuthentication(configuration).AddBotConnector(configuration);
        using var services = collection.BuildServiceProvider();

        Assert.Single(collection, descriptor => descriptor.ServiceType == typeof(IValidateOptions<BotFrameworkOptions>));
        var failure = Assert.Throws<OptionsValidationException>(StartupValidator(services).Validate);
        Assert.Single(failure.Failures);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddBotFrameworkAuthentication(configuration).BuildServiceProvider();
    }

    private static IStartupValidator StartupValidator(ServiceProvider services) => services.GetRequiredService<IStartupValidator>();
}
