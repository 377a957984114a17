using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Storage;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

public sealed class SelfAssessmentConversationTests
{
    private static readonly string[] FieldTitles =
    [
        "Arbejdsmarked & Uddannelse", "Lov & Myndighed", "IT & Digital",
        "Borgernære Metoder & Virkning", "Virksomhedsvendte Metoder & Virkning", "Netværk & Facilitering",
    ];

    // Every name and text in the user's state: the state's own property names, field ids and levels of the
    // ratings, and the module under way — nothing the user typed.
    private static readonly string[] StoredIds =
    [
        "SelfAssessment", "ratings", "arbejdsmarked", "lov", "it", "borgernaere", "virksomhed", "netvaerk",
        "NotYetBasic", "Basic", "TowardsSpecialised", "Specialised",
        "OnboardingProgress", "completed", "current", "module", "spoergeteknik", "position", "score", "right", "wrong",
    ];

    [Fact]
    public async Task SelfAssessment_AllSixFieldsRated_ProfileListsThemWithLearningForms()
    {
        await RateAllSixAsync(GuideTestAdapter.Create())
            .AssertReply(reply =>
            {
                var text = reply.AllText();
                Assert.Contains("Din kompetenceprofil", text, StringComparison.Ordinal);
                Assert.All(FieldTitles, title => Assert.Contains(title, text, StringComparison.Ordinal));
                Assert.Contains("• Arbejdsmarked & Uddannelse: Endnu ikke grundlæggende", text, StringComparison.Ordinal);
                Assert.Contains("• Netværk & Facilitering: Specialiseret", text, StringComparison.Ordinal);
                Assert.True(text.IndexOf("Styrkepositioner", StringComparison.Ordinal) < text.IndexOf("• IT & Digital: På vej mod specialiseret", StringComparison.Ordinal));
                Assert.True(text.IndexOf("Udviklingspotentialer", StringComparison.Ordinal) < text.IndexOf("• Lov & Myndighed: Grundlæggende", StringComparison.Ordinal));
                Assert.DoesNotContain("Ikke vurderet endnu", text, StringComparison.Ordinal);
                Assert.Contains("sidemandsoplæring", text, StringComparison.Ordinal);
                Assert.Contains("reflekterende teams", text, StringComparison.Ordinal);
                Assert.Contains("rollespil", text, StringComparison.Ordinal);
                Assert.Contains(reply.SubmitButtons(), b => b.Title == "Se: Arbejdsmarked & Uddannelse – grundlæggende niveau");
                Assert.Contains(reply.SubmitButtons(), b => b.Title == "Se: Den relationelle dimension");
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Nulstil_AfterRating_ForgetsTheRatings()
    {
        await RateAllSixAsync(GuideTestAdapter.Create())
            .AssertReply("Din kompetenceprofil")
            .Click("Nulstil")
            .AssertReply("Din selvvurdering er nulstillet")
            .Send("selvvurdering")
            .AssertReply(reply =>
            {
                Assert.Contains("Selvvurdering · felt 1 af 6", reply.AllText(), StringComparison.Ordinal);
                Assert.DoesNotContain("Din kompetenceprofil", reply.AllText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task UserState_AfterCourseAndSelfAssessment_HoldsIdsAndCountsOnly()
    {
        var adapter = GuideTestAdapter.Create();
        await RateAllSixAsync(adapter)
            .AssertReply("Din kompetenceprofil")
            .Send("onboarding")
            .AssertReply("Moduler")
            .Click("Spørgeteknik")
            .AssertReply("Kortene i modulet")
            .Click("Start modulet")
            .AssertReply("Kort 1 af 7")
            .Send("Jens Hansen 010203-1234 har ondt i ryggen")
            .AssertReply(_ => { })
            .Send("fortsæt hvor jeg slap")
            .AssertReply("Kort 1 af 7")
            .StartTestAsync();

        var stored = await adapter.Services.GetRequiredService<IStorage>()
            .ReadAsync($"{TestActivities.ChannelId}/users/user-1", BotFrameworkJson.Default.DictionaryStringJsonElement, CancellationToken.None);

        var strings = Strings(JsonSerializer.SerializeToElement(stored!.Value, BotFrameworkJson.Default.DictionaryStringJsonElement)).ToList();
        Assert.Equal(
            StoredIds.Order(StringComparer.Ordinal),
            strings.Distinct().Order(StringComparer.Ordinal));
    }

    // Rates the six fields from the kompetencefelter area: 0, 1, 2, 3, 1, 3.
    private static TestFlow RateAllSixAsync(TestAdapter adapter) =>
        new TestFlow(adapter)
            .Send("menu")
            .AssertReply("Eller vælg et emne")
            .Click("Kompetencefelter")
            .AssertReply("Kompetencefelter")
            .Click("Selvvurdering")
            .AssertReply("Selvvurdering · felt 1 af 6")
            .Click("Endnu ikke grundlæggende")
            .AssertReply("Selvvurdering · felt 2 af 6")
            .Click("Grundlæggende")
            .AssertReply("Selvvurdering · felt 3 af 6")
            .Click("På vej mod specialiseret")
            .AssertReply("Selvvurdering · felt 4 af 6")
            .Click("Specialiseret")
            .AssertReply("Selvvurdering · felt 5 af 6")
            .Click("Grundlæggende")
            .AssertReply("Selvvurdering · felt 6 af 6")
            .Click("Specialiseret");

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };
}
