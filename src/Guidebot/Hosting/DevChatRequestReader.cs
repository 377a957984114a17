using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Guidebot.Hosting;

/// <summary>Reads a chat page request body: at most <see cref="MaxBodyBytes"/>, one JSON object of the expected shape.</summary>
internal static class DevChatRequestReader
{
    /// <summary>Typed text and a clicked card's inputs fit easily; the page has no business sending more.</summary>
    public const int MaxBodyBytes = 32 * 1024;

    public static async Task<DevChatReadResult<T>> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return DevChatReadResult<T>.TooLarge;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            var length = await ReadBoundedAsync(request.Body, buffer, cancellationToken);
            if (length > MaxBodyBytes)
            {
                return DevChatReadResult<T>.TooLarge;
            }

            var body = JsonSerializer.Deserialize(buffer.AsSpan(0, length), typeInfo);
            return body is null ? DevChatReadResult<T>.Malformed : new(body, StatusCodes.Status200OK, null);
        }
        catch (JsonException)
        {
            return DevChatReadResult<T>.Malformed;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Null when the message is one the bot can take: some text, a value that is an object, or both.</summary>
    public static string? Problem(DevChatMessage message) => message switch
    {
        { Value.ValueKind: not JsonValueKind.Object } => "'value' must be a JSON object (the data of the clicked button).",
        { Value: null } when string.IsNullOrWhiteSpace(message.Text) => "The message has neither 'text' nor 'value'.",
        _ => null,
    };

    private static async Task<int> ReadBoundedAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        const int Limit = MaxBodyBytes + 1;
        var total = 0;
        int read;
        while (total < Limit && (read = await body.ReadAsync(buffer.AsMemory(total, Limit - total), cancellationToken)) > 0)
        {
            total += read;
        }

        return total;
    }
}

/// <summary>Either the request body, or the status and one-line reason to refuse it with.</summary>
internal sealed record DevChatReadResult<T>(T? Body, int Status, string? Error)
    where T : class
{
    public static DevChatReadResult<T> TooLarge { get; } =
        new(null, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {DevChatRequestReader.MaxBodyBytes / 1024} KB.");

    public static DevChatReadResult<T> Malformed { get; } =
        new(null, StatusCodes.Status400BadRequest, "The body must be a JSON object with only 'text' (a string) and 'value' (an object) — ids, channel and sender are set by the server.");
}
