using Guidebot.Knowledge.Loading;
using Guidebot.Knowledge.Search;
using Guidebot.Knowledge.Tests.Support;

namespace Guidebot.Knowledge.Tests.Search;

/// <summary>Search over the repository's own cards/ (guide and synonyms), built once for all tests.</summary>
public static class RepoSearch
{
    private static readonly Lazy<GuideSearch> Built = new(() => new GuideSearch(RepoCards.Guide, SynonymsLoader.Load(RepoCards.Path)));

    public static GuideSearch Instance => Built.Value;
}
