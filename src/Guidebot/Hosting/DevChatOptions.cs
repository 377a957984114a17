namespace Guidebot.Hosting;

/// <summary>The local chat page at <c>/</c> and its endpoints under <c>/devchat</c>: on in Development, off elsewhere.</summary>
internal sealed class DevChatOptions
{
    public const string SectionName = "DevChat";

    /// <summary>
    /// Serves the chat page and maps its endpoints. They talk to the bot without Bot Framework
    /// authentication, so keep this off on a host others can reach.
    /// </summary>
    public bool Enabled { get; set; }
}
