namespace Guidebot.Hosting;

/// <summary>Who may see the feedback report (<c>Admin</c>): the admin page's key, and the editors who get it in the chat.</summary>
internal sealed class AdminOptions
{
    public const string SectionName = "Admin";

    public const int MinKeyLength = 16;

    /// <summary>The password of <c>/admin/report</c> (HTTP Basic, any user name). Unset: the page does not exist (404).</summary>
    public string? Key { get; set; }

    /// <summary>Editor ids (as the bot tells them on "rapport") whose users get the report card in the chat.</summary>
    public List<string> Users { get; set; } = [];
}
