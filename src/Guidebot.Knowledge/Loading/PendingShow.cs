using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

/// <summary>A <c>show:</c> block as written, before its references are resolved into a <see cref="Show"/>.</summary>
internal sealed record PendingShow(string File, IReadOnlyList<LocatedText> References) : Block;
