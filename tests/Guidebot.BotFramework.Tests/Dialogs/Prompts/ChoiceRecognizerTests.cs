using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Dialogs.Prompts;

namespace Guidebot.BotFramework.Tests.Dialogs.Prompts;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Barriers =
    [
        new("helbred", "Helbred", ["sygdom"]),
        new("familie", "Familie og forældreskab"),
        new("begge", "Både helbred og familie"),
    ];

    [Theory]
    [InlineData("2", "familie")]
    [InlineData(" 3 ", "begge")]
    [InlineData("Helbred", "helbred")]
    [InlineData("HELBRED!", "helbred")]
    [InlineData("familie og foraeldreskab", "familie")]
    [InlineData("Familie og forældreskab", "familie")]
    [InlineData("famile og forældreskab", "familie")]
    [InlineData("sygdom", "helbred")]
    [InlineData("forældreskab", "familie")]
    public void Recognize_TypedAnswer_FindsTheMeantChoice(string typed, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(new UserInput(typed, null), Barriers)?.Value);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("ved ikke")]
    [InlineData("xyz")]
    [InlineData("")]
    public void Recognize_NoMatch_ReturnsNull(string typed)
    {
        Assert.Null(ChoiceRecognizer.Recognize(new UserInput(typed, null), Barriers));
    }

    [Fact]
    public void Recognize_WordInTwoTitles_IsAmbiguousAndNotGuessed()
    {
        Choice[] steps = [new("1", "Trin 1 startafklaring"), new("2", "Trin 2 på vej mod job")];

        Assert.Null(ChoiceRecognizer.Recognize(new UserInput("trin", null), steps));
        Assert.Equal("2", ChoiceRecognizer.Recognize(new UserInput("på vej mod job", null), steps)?.Value);
    }

    [Theory]
    [InlineData("helbret", "helbred")]
    [InlineData("hlbret", null)]
    [InlineData("famile og forældrskab", "familie")]
    [InlineData("famle og forældrskab", null)]
    public void Recognize_Typo_OneEditInShortWordsTwoInLongOnes(string typed, string? expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(new UserInput(typed, null), Barriers)?.Value);
    }

    [Fact]
    public void Recognize_Number_ReturnsTheChoiceAndItsPosition()
    {
        Assert.Equal(new FoundChoice("begge", 2), ChoiceRecognizer.Recognize(new UserInput("3", null), Barriers));
    }
}
