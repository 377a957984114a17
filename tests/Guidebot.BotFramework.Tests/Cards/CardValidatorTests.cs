using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.Testing;
using Guidebot.Testing.Cards;

namespace Guidebot.BotFramework.Tests.Cards;

/// <summary>Validates every sample card in one run of the Node validator, shared by the tests below.</summary>
public sealed class ValidatedSampleCards : IAsyncLifetime
{
    public CardValidationReport Report { get; private set; } = null!;

    public async Task InitializeAsync() => Report = await CardValidator.ValidateAsync(SampleCards.All, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class CardValidatorTests(ValidatedSampleCards sample) : IClassFixture<ValidatedSampleCards>
{
    private CardValidationReport Report => sample.Report;

    [Fact]
    public void ValidateAsync_CardWithEveryElementType_Passes()
    {
        Assert.Empty(Report.ErrorsFor(SampleCards.EveryElement));
    }

    [Fact]
    public void ValidateAsync_Batch_ReportsEveryCardInOrder()
    {
        Assert.Equal(SampleCards.All.Select(card => card.Name), Report.Cards.Select(card => card.Name));
    }

    [SkippableFact]
    public void ValidateAsync_PropertyUnknownToSchema_FailsSchemaCheck()
    {
        Skip.IfNot(Report.SchemaChecked, $"../shared/schemas is not beside {RepositoryPaths.Root}: the schema check did not run.");
        AssertFailsWith(SampleCards.SchemaViolation, "schema: /body/0: must NOT have additional properties (colour)");
    }

    [Fact]
    public void ValidateAsync_DuplicateInputIds_FailsParserCheck()
    {
        AssertFailsWith(SampleCards.ParserError, "parser: DuplicateId: Duplicate Id \"note\".");
    }

    [Fact]
    public void ValidateAsync_EmptyTextBlock_FailsTextRule()
    {
        AssertFailsWith(SampleCards.EmptyTextBlock, "rule: /body/0: TextBlock has no text");
    }

    [Fact]
    public void ValidateAsync_SubmitWithStringData_FailsDataRule()
    {
        AssertFailsWith(SampleCards.SubmitWithoutObjectData, "rule: /actions/0: Action.Submit \"Menu\" needs an object \"data\"");
    }

    [Fact]
    public void ValidateAsync_Version14_FailsVersionRule()
    {
        AssertFailsWith(SampleCards.WrongVersion, "rule: version must be \"1.5\", found \"1.4\"");
    }

    [Fact]
    public void ValidateAsync_CardOver28Kilobytes_FailsSizeRule()
    {
        Assert.Contains(Report.ErrorsFor(SampleCards.TooBig), error => error.StartsWith("rule: serialized size is ", StringComparison.Ordinal) && error.EndsWith("it must stay under 28672 (28 KB)", StringComparison.Ordinal));
        Assert.Contains($"Card '{SampleCards.TooBig}' is invalid:", FailureMessage());
    }

    [Fact]
    public void ValidateAsync_EscapedAndDanishText_CountsTheBytesTheBotSends()
    {
        var sent = JsonSerializer.SerializeToUtf8Bytes(SampleCards.EscapedTextCard, BotFrameworkJson.Wire.AdaptiveCard);

        Assert.Equal(sent.Length, Report.BytesFor(SampleCards.EscapedText));
        Assert.Empty(Report.ErrorsFor(SampleCards.EscapedText));
    }

    [Fact]
    public void ValidateAsync_SixActionsInOneSet_FailsActionCountRule()
    {
        AssertFailsWith(SampleCards.SixActions, "rule: /body/0: 6 actions in one set; at most 5");
    }

    [Fact]
    public void ValidateAsync_BrokenCards_FailOnlyTheirOwnRule()
    {
        Assert.DoesNotContain(Report.ErrorsFor(SampleCards.ParserError), error => error.StartsWith("rule:", StringComparison.Ordinal));
        Assert.All(
            [SampleCards.EmptyTextBlock, SampleCards.SubmitWithoutObjectData, SampleCards.WrongVersion, SampleCards.TooBig],
            name => Assert.All(Report.ErrorsFor(name), error => Assert.StartsWith("rule:", error, StringComparison.Ordinal)));
    }

    private void AssertFailsWith(string card, string error)
    {
        Assert.Contains(error, Report.ErrorsFor(card));
        Assert.Contains($"Card '{card}' is invalid:{Environment.NewLine}", FailureMessage());
        Assert.Contains($"  - {error}", FailureMessage());
    }

    private string FailureMessage() => Assert.Throws<CardValidationException>(Report.EnsureValid).Message;
}
