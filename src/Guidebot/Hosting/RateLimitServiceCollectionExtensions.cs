using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Guidebot.Hosting;

/// <summary>Rate limits on the messaging endpoint: 429 with Retry-After instead of an unbounded queue.</summary>
internal static class RateLimitServiceCollectionExtensions
{
    public const string MessagesPolicy = "messages";

    /// <summary>
    /// The global bound (ASP.NET Core rate limiting middleware, a concurrency limiter with a bounded queue, before the
    /// body is read) and the per-conversation token bucket (<see cref="ConversationRateLimiter"/>, after authentication).
    /// </summary>
    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(MessagesPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return RateLimitPartition.GetConcurrencyLimiter("all", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.ConcurrentRequests,
                    QueueLimit = limits.QueuedRequests,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
        });
        return services;
    }
}
