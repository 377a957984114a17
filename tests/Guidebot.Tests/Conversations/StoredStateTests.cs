using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Guidebot.Features.Assessment;
using Guidebot.Features.Onboarding;
using Guidebot.Testing.Turns;
using Guidebot.Texts;
using Guidebot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

/// <summary>
/// State saved by an older version of the bot (or damaged) never locks a user out: each property that no
/// longer reads is logged by name, treated as absent and replaced by the next save — no apologies, no loop.
/// </summary>
public sealed class StoredStateTests(LoggingFactory factory) : IClassFixture<LoggingFactory>
{
    [Fact]
    public async Task OldShapes_InUserAndConversationState_TheUserGetsAnswersAndTheStateIsRepaired()
    {
        var conversation = "old-shape-" + Guid.NewGuid().ToString("N");
        var user = "user-" + Guid.NewGuid().ToString("N");
        var turn = Activities.Message(null, conversation, user);
        await StoreAsync(factory.Services.GetRequiredService<UserState>().GetStorageKey(turn), """
            { "OnboardingProgress": { "completed": ["raaderum"], "current": "raaderum-1" }, "SelfAssessment": "meget god" }
            """);
        await StoreAsync(factory.Services.GetRequiredService<ConversationState>().GetStorageKey(turn), """
            { "Place": { "kind": "Chapter" }, "Checklists": { "ticked": 19 }, "DialogState": { "stack": "walkthrough-raaderum" }, "StepUp": { "ticked": { "helbred": ["maalgruppe.helbred"] } } }
            """);
        var client = factory.CreateClient();

        foreach (var (typed, expected) in new[] { ("onboarding", OnboardingTexts.Title), ("selvvurdering", SelfAssessmentTexts.StartButton), ("step-up", "Step-up"), ("tilbage", BotTexts.AreasHeading), ("onboarding", OnboardingTexts.Title) })
        {
            var reply = Assert.Single(await client.ExchangeAsync(Activities.Message(typed, conversation, user)));
            Assert.DoesNotContain("Beklager", reply.AllText(), StringComparison.Ordinal);
            Assert.Contains(expected, reply.AllText(), StringComparison.Ordinal);
        }

        Assert.All(["OnboardingProgress", "SelfAssessment", "Place", "Checklists", "DialogState"], property =>
            Assert.Single(factory.Logs.Lines, line => line.Contains($"The stored property {property} of", StringComparison.Ordinal)));
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains("meget god", StringComparison.Ordinal));
    }

    private async Task StoreAsync(string key, string json)
    {
        var document = JsonSerializer.Deserialize(json, BotFrameworkJson.Default.DictionaryStringJsonElement)!;
        await factory.Services.GetRequiredService<IStorage>().WriteAsync(key, document, BotFrameworkJson.Default.DictionaryStringJsonElement, StoreItem.AnyETag, CancellationToken.None);
    }
}
