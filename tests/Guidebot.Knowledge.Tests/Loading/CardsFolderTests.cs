using Guidebot.Knowledge.Tests.Support;

namespace Guidebot.Knowledge.Tests.Loading;

/// <summary>The lint of the whole cards/ folder: it loads without a single error.</summary>
public sealed class CardsFolderTests
{
    [Fact]
    public void Load_RepositoryCards_HasNoErrors()
    {
        var guide = RepoCards.Guide;

        Assert.NotEmpty(guide.Areas);
        Assert.All(guide.Areas, area => Assert.NotEmpty(area.Items));
    }

    [Fact]
    public void Load_RepositoryCards_EveryItemNamesASource()
    {
        Assert.All(RepoCards.Guide.Items, item =>
            Assert.True(item.Source.Document.IsBotsOwn || item.Source.Section is not null, item.Id));
    }
}
