using YamlDotNet.Core;

namespace Guidebot.Knowledge.Loading;

/// <summary>Where something stands in a YAML file (1-based; 0 when unknown).</summary>
internal readonly record struct Location(int Line, int Column)
{
    public static Location Of(Mark mark) => new((int)mark.Line, (int)mark.Column);
}
