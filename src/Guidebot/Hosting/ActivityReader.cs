using System.Buffers;
using System.Text.Json;
using Guidebot.BotFramework.Schema;

namespace Guidebot.Hosting;

/// <summary>Reads and checks the activity in a request body: size limit, JSON shape, required fields.</summary>
internal static class ActivityReader
{
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes / 1024} KB.");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            var length = await ReadBoundedAsync(request.Body, buffer, cancellationToken);
            if (length > MaxBodyBytes)
            {
                return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes / 1024} KB.");
            }

            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ActivityReadResult Parse(ReadOnlySpan<byte> body)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, BotFrameworkJson.Default.Activity);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The body is not a valid activity (malformed JSON or a field of the wrong type).");
        }

        var missing = activity switch
        {
            null => "the activity",
            _ when string.IsNullOrEmpty(activity.Type) => "'type'",
            _ when string.IsNullOrEmpty(activity.ChannelId) => "'channelId'",
            _ when string.IsNullOrEmpty(activity.Conversation?.Id) => "'conversation.id'",
            _ when string.IsNullOrEmpty(activity.From?.Id) => "'from.id'",
            _ => null,
        };
        return missing is null
            ? ActivityReadResult.Ok(activity!)
            : ActivityReadResult.Fail(StatusCodes.Status400BadRequest, $"The activity is missing {missing}.");
    }

    private static async Task<int> ReadBoundedAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return total;
    }
}

/// <summary>Either an activity, or the status and one-line reason to refuse the request with.</summary>
internal sealed record ActivityReadResult(Activity? Activity, int Status, string? Error)
{
    public static ActivityReadResult Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult Fail(int status, string error) => new(null, status, error);
}
