using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Guidebot.Hosting;

/// <summary>Registers what the local chat page needs: its options and its tokens (protected by the key ring of <see cref="KeyRingServiceCollectionExtensions.AddKeyRing"/>).</summary>
internal static class DevChatServiceCollectionExtensions
{
    /// <summary>The chat page (DevChat:Enabled); its endpoints are mapped by <see cref="DevChatEndpoints.MapDevChat"/>.</summary>
    public static IServiceCollection AddDevChat(this IServiceCollection services)
    {
        services.AddOptions<DevChatOptions>().BindConfiguration(DevChatOptions.SectionName);
        services.TryAddSingleton<ChatTokens>();
        return services;
    }
}
