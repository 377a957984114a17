using System.Text.Json;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Dialogs.Prompts;

namespace Guidebot.BotFramework.Tests.Dialogs.Prompts;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("ja", true)]
    [InlineData("Ja tak", true)]
    [InlineData("jo", true)]
    [InlineData("jep", true)]
    [InlineData("OK", true)]
    [InlineData("gerne!", true)]
    [InlineData("selvfølgelig", true)]
    [InlineData("nej", false)]
    [InlineData("Nej tak.", false)]
    [InlineData("næ", false)]
    [InlineData("nix", false)]
    [InlineData("ikke nu", false)]
    public void Recognize_DanishVariants_AreUnderstood(string typed, bool expected)
    {
        Assert.Equal(expected, ConfirmRecognizer.Recognize(new UserInput(typed, null)));
    }

    [Theory]
    [InlineData("måske")]
    [InlineData("ja og nej")]
    [InlineData("")]
    public void Recognize_NeitherYesNorNo_ReturnsNull(string typed)
    {
        Assert.Null(ConfirmRecognizer.Recognize(new UserInput(typed, null)));
    }

    [Fact]
    public void Recognize_ClickOnNej_IsFalse()
    {
        Assert.False(ConfirmRecognizer.Recognize(new UserInput(null, JsonDocument.Parse("""{"confirm":false}""").RootElement)));
    }
}
