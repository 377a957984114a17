using System.Security.Cryptography;
using System.Text;
using Guidebot.BotFramework.Schema;
using Guidebot.Hosting;
using Microsoft.Extensions.Options;

namespace Guidebot.Features.Feedback;

/// <summary>
/// The only way feedback refers to a user: HMAC-SHA256 of the channel and user id under the secret <c>Feedback:Salt</c>.
/// A voter's key includes the day, so votes of one user on different days cannot be linked; an editor id is stable, so
/// it can be listed in <c>Admin:Users</c>.
/// </summary>
internal sealed class Pseudonyms(IOptions<FeedbackOptions> options)
{
    public string Voter(Activity activity, DateOnly day) => Hash($"vote|{FeedbackKeys.Format(day)}|{User(activity)}", 8);

    public string Editor(Activity activity) => Hash($"editor|{User(activity)}", 16);

    private static string User(Activity activity) => $"{activity.ChannelId}|{activity.From?.Id}";

    private string Hash(string text, int bytes) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Salt), Encoding.UTF8.GetBytes(text))[..bytes]);
}
