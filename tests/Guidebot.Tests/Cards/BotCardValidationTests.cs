using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Search;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Cards;
using Guidebot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Cards;

/// <summary>Every card in the catalog passes the official schema, the official parser and the project rules.</summary>
public sealed class BotCardValidationTests(GuidebotFactory factory) : IClassFixture<GuidebotFactory>
{
    [Fact]
    public async Task EveryCard_IsValidForTeams()
    {
        var guide = factory.Services.GetRequiredService<Guide>();
        var cards = BotCardCatalog.All(guide, factory.Services.GetRequiredService<Toolbox>(), factory.Services.GetRequiredService<GuideSearch>()).ToList();

        var report = await CardValidator.ValidateAsync(cards, CancellationToken.None);

        Assert.NotEmpty(cards);
        report.EnsureValid();
    }
}
