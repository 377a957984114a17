using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;
using Guidebot.Knowledge.Onboarding;

namespace Guidebot.Knowledge.Tests.Onboarding;

public sealed class OnboardingLoaderTests : IDisposable
{
    private const string SelfAssessmentSection = """
        selfAssessment:
          fields:
            - { id: felt, definition: a-1, basic: a-1, specialised: a-2 }
          learningForms:
            item: a-3
            dimensions:
              - { id: praktisk, item: a-1, entry: refleksiv }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("guidebot-onboarding-").FullName;
    private readonly Guide _guide = new(
        [
            new Area("a", "Område", "Kort.", [
                Item("a-1", new Paragraph("Det er på en ordinær arbejdsplads, man **bedst** optræner.")),
                Item("a-2", new Paragraph("Hav ”professionel optimisme”.")),
                Item("a-3", new BulletList([new ListEntry("Praktisk læring", "praktisk"), new ListEntry("Refleksiv læring", "refleksiv")])),
            ]),
        ],
        new Dictionary<string, Source> { ["guidebot"] = Bot, ["doc"] = Doc });

    private static Source Bot => new("guidebot", "Guidebots egen formulering", IsBotsOwn: true);

    private static Source Doc => new("doc", "Et dokument", IsBotsOwn: false);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Load_ValidFile_BuildsModulesQuizAndSelfAssessment()
    {
        Write(Module("""
            - text: En kursusdag
            - text: En ordinær arbejdsplads
              correct: true
            """));

        var course = OnboardingLoader.Load(_root, _guide);

        var module = Assert.Single(course.Modules);
        Assert.Equal(["a-1", "a-2"], module.Reading.Select(i => i.Id));
        var question = Assert.Single(module.Quiz);
        Assert.Equal(("a-1", 1), (question.BasedOn.Id, question.CorrectIndex));
        Assert.Equal("Refleksiv læring", Assert.Single(course.SelfAssessment.Dimensions).LearningForm);
        Assert.Equal("a-2", course.SelfAssessment.Fields[0].Specialised.Id);
    }

    [Fact]
    public void Load_UnknownField_ReportsFileAndLine()
    {
        Write(Module("""
            - text: En ordinær arbejdsplads
              correct: true
              colour: red
            - text: En kursusdag
            """));

        var error = Assert.Single(LoadErrors());
        Assert.Equal(("onboarding.yaml", 15), (error.File, error.Line));
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownItemId_ReportsTheIdWhereItStands()
    {
        Write(Module(Options, read: "[a-1, a-9]"));

        var error = Assert.Single(LoadErrors());
        Assert.Equal(("onboarding.yaml", 5, 17), (error.File, error.Line, error.Column));
        Assert.Equal("module 'm-1': read: no item 'a-9' (did you mean 'a-1'?)", error.Message);
    }

    [Fact]
    public void Load_NoCorrectOption_ReportsTheOptionsField()
    {
        Write(Module("""
            - text: En ordinær arbejdsplads
            - text: En kursusdag
            """));

        var error = Assert.Single(LoadErrors());
        Assert.Equal(("onboarding.yaml", 12), (error.File, error.Line));
        Assert.Contains("exactly one option with 'correct: true', not 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoCorrectOptions_ReportsTheOptionsField()
    {
        Write(Module("""
            - text: En ordinær arbejdsplads
              correct: true
            - text: En kursusdag
              correct: true
            """));

        var error = Assert.Single(LoadErrors());
        Assert.Equal(("onboarding.yaml", 12), (error.File, error.Line));
        Assert.Contains("not 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CorrectOptionWithoutTheSourcesWords_ReportsTheOptionLine()
    {
        Write(Module("""
            - text: En ordinær arbejdsplads
            - text: En kursusdag
              correct: true
            """));

        Assert.Collection(
            LoadErrors(),
            error => Assert.Equal((13, "question 'q-1': a wrong option contains the key 'ordinær arbejdsplads'"), (error.Line, error.Message)),
            error => Assert.Equal((14, "question 'q-1': the correct option does not contain the key 'ordinær arbejdsplads'"), (error.Line, error.Message)));
    }

    [Fact]
    public void Load_QuoteNotInTheItem_ReportsTheQuoteField()
    {
        Write(Module(Options, quote: "Det er i et kursusforløb, man bedst optræner."));

        var error = Assert.Single(LoadErrors());
        Assert.Equal(("onboarding.yaml", 10), (error.File, error.Line));
        Assert.Contains("the quote is not in item 'a-1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WordingNotTheBotsOwn_IsAnError()
    {
        Write(Module(Options).Replace("wording: guidebot", "wording: doc", StringComparison.Ordinal));

        var error = Assert.Single(LoadErrors());
        Assert.Contains("the bot's own source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_IsAnError()
    {
        var error = Assert.Single(LoadErrors());
        Assert.Equal(("onboarding.yaml", "file is missing"), (error.File, error.Message));
    }

    private const string Options = """
        - text: En ordinær arbejdsplads
          correct: true
        - text: En kursusdag
        """;

    // Line numbers: 1 wording, 3 module, 7 question, 13+ options.
    private static string Module(string options, string read = "[a-1, a-2]", string quote = "Det er på en ordinær arbejdsplads, man bedst optræner.") => $"""
        wording: guidebot
        modules:
          - id: m-1
            title: Modul
            read: {read}
            quiz:
              - id: q-1
                question: Hvor optræner man bedst?
                basedOn: a-1
                quote: "{quote}"
                key: ordinær arbejdsplads
                options:
        {Indent(options)}
        {SelfAssessmentSection}
        """;

    private static string Indent(string lines) => string.Join('\n', lines.Split('\n').Select(line => "          " + line));

    private static Item Item(string id, Block block) =>
        new(id, "a", id, new SourceReference(Doc, "kap. 1"), [block], [], []);

    private void Write(string yaml) => File.WriteAllText(Path.Combine(_root, OnboardingLoader.FileName), yaml);

    private IReadOnlyList<ContentError> LoadErrors() =>
        Assert.Throws<ContentValidationException>(() => OnboardingLoader.Load(_root, _guide)).Errors;
}
