using Guidebot.Features.Privacy;

namespace Guidebot.Tests.Privacy;

/// <summary>What is taken out of a text before the bot keeps it, and what is left for editors to read.</summary>
public sealed class PersonalDataScrubberTests
{
    private static readonly HashSet<string> GuideWords = ["karl", "tomm", "smart-mål", "flere", "step-up"];

    [Theory]
    [InlineData("skriv til anna.b-jensen+job@kommune.dk om det", "skriv til [e-mail] om det")]
    [InlineData("ring 12345678", "ring [nummer]")]
    [InlineData("ring 12 34 56 78 i dag", "ring [nummer] i dag")]
    [InlineData("ring +45 1234 5678", "ring [nummer]")]
    [InlineData("ring 0045 12-34-56-78", "ring [nummer]")]
    [InlineData("cpr 010203-1234", "cpr [nummer]")]
    [InlineData("født 01.02.1990", "født [nummer]")]
    [InlineData("sag 2024/123456", "sag [nummer]")]
    public void Scrub_ContactDetailsAndLongNumbers_AreReplaced(string text, string expected)
    {
        Assert.Equal(expected, PersonalDataScrubber.Scrub(text, GuideWords.Contains));
    }

    [Theory]
    [InlineData("trin 3 af 5")]
    [InlineData("ydelse i 2024 og 2025")]
    [InlineData("12 uger i praktik")]
    public void Scrub_ShortNumbers_AreKept(string text)
    {
        Assert.Equal(text, PersonalDataScrubber.Scrub(text, GuideWords.Contains));
    }

    [Theory]
    [InlineData("hvad gør jeg med Mette Hansen", "hvad gør jeg med [navn] [navn]")]
    [InlineData("borgeren Hans-Peter vil ikke", "borgeren [navn] vil ikke")]
    [InlineData("spørgsmål fra Karl Tomm", "spørgsmål fra Karl Tomm")]
    [InlineData("hvordan laver jeg SMART-mål", "hvordan laver jeg SMART-mål")]
    public void Scrub_CapitalisedWordsInsideASentence_AreNamesUnlessTheGuideUsesThem(string text, string expected)
    {
        Assert.Equal(expected, PersonalDataScrubber.Scrub(text, GuideWords.Contains));
    }

    // The known limit: phones capitalise the first word of every sentence, so it says nothing, and lower case says nothing either.
    [Theory]
    [InlineData("Hvordan taler jeg med borgeren. Hun siger nej")]
    [InlineData("mette vil ikke")]
    public void Scrub_FirstWordOfASentenceOrLowerCase_IsKept(string text)
    {
        Assert.Equal(text, PersonalDataScrubber.Scrub(text, GuideWords.Contains));
    }
}
