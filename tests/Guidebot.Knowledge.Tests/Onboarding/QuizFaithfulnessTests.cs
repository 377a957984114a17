using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Onboarding;
using Guidebot.Knowledge.Search;
using Guidebot.Knowledge.Tests.Support;

namespace Guidebot.Knowledge.Tests.Onboarding;

/// <summary>
/// The repository's onboarding.yaml: the course the issue asks for, and quizzes the sources back up. A quiz
/// whose correct option the referenced item does not literally support fails here, whatever the loader says.
/// </summary>
public sealed class QuizFaithfulnessTests
{
    private static readonly Lazy<Course> Loaded = new(() => OnboardingLoader.Load(RepoCards.Path, RepoCards.Guide));

    private static Course Course => Loaded.Value;

    private static IEnumerable<QuizQuestion> Questions => Course.Modules.SelectMany(m => m.Quiz);

    [Fact]
    public void Load_RepositoryCourse_HasTheElevenModulesInOrder()
    {
        Assert.Equal(
            [
                "raaderum", "kompetencefelter", "spoergeteknik", "motivation", "skaanehensyn", "virksomhedskontakt",
                "virksomhedens-motivation", "praktik", "skriftlighed", "flere-skal-med", "step-up",
            ],
            Course.Modules.Select(m => m.Id));
        Assert.All(Course.Modules, module => Assert.InRange(module.Quiz.Count, 2, 4));
    }

    [Fact]
    public void Modules_SkaanehensynEmployerMotivationAndStepUp_AreBasedOnTheirAreas()
    {
        Assert.All(Course.Modules.Single(m => m.Id == "skaanehensyn").Quiz, q => Assert.Equal("skaanehensyn", q.BasedOn.AreaId));
        Assert.All(Course.Modules.Single(m => m.Id == "virksomhedens-motivation").Quiz, q => Assert.StartsWith("virksomheder-", q.BasedOn.Id, StringComparison.Ordinal));
        Assert.All(Course.Modules.Single(m => m.Id == "step-up").Quiz, q => Assert.Equal("step-up", q.BasedOn.AreaId));
    }

    [Fact]
    public void ContactQuestion_WrongOptions_AreNotTheMonthlyContactRuleOfTrin2()
    {
        var question = Questions.Single(q => q.Id == "flere-skal-med-kontakt");

        Assert.DoesNotContain(question.Options, o => !o.Correct && Normalise(o.Text) is "hver måned" or "månedligt" or "en gang om måneden");
    }

    [Fact]
    public void EveryQuestion_CorrectOption_RepeatsAKeyPhraseOfTheItemItIsBasedOn()
    {
        Assert.All(Questions, question =>
        {
            var key = Normalise(question.Key);
            Assert.True(Normalise(BodyText(question.BasedOn)).Contains(key, StringComparison.Ordinal), $"{question.Id}: '{question.Key}' is not in {question.BasedOn.Id}");
            Assert.True(Normalise(question.CorrectOption.Text).Contains(key, StringComparison.Ordinal), $"{question.Id}: the correct option lacks '{question.Key}'");
            Assert.All(question.Options.Where(o => !o.Correct), wrong => Assert.DoesNotContain(key, Normalise(wrong.Text), StringComparison.Ordinal));
        });
    }

    [Fact]
    public void EveryQuestion_Quote_IsTheItemsOwnWords()
    {
        Assert.All(Questions, question =>
            Assert.True(Normalise(BodyText(question.BasedOn)).Contains(Normalise(question.Quote), StringComparison.Ordinal), $"{question.Id}: quote not in {question.BasedOn.Id}"));
    }

    [SkippableFact]
    public void EveryQuestion_Quote_StandsInTheSourceDocument()
    {
        Assert.All(Questions, question => Assert.True(
            SourceSeeds.For(question.BasedOn.Source.Document.Id).Contains(question.Quote),
            $"{question.Id}: quote not in the source document"));
    }

    [Fact]
    public void EveryModule_QuestionsAreBasedOnItemsItReads()
    {
        Assert.All(Course.Modules, module =>
            Assert.All(module.Quiz, question => Assert.Contains(question.BasedOn, module.Reading)));
    }

    [Fact]
    public void SelfAssessment_CoversTheSixFieldsAndThreeDimensions()
    {
        Assert.Equal(["arbejdsmarked", "lov", "it", "borgernaere", "virksomhed", "netvaerk"], Course.SelfAssessment.Fields.Select(f => f.Id));
        Assert.All(Course.SelfAssessment.Fields, field =>
        {
            Assert.Equal($"kompetencefelter-{field.Id}", field.Definition.Id);
            Assert.Equal($"kompetencefelter-{field.Id}-grundlaeggende", field.Basic.Id);
            Assert.Equal($"kompetencefelter-{field.Id}-specialiseret", field.Specialised.Id);
        });
        Assert.Equal(
            ["**Den praktiske dimension**", "**Den refleksive dimension**", "**Den relationelle dimension**"],
            Course.SelfAssessment.Dimensions.Select(d => d.LearningForm[..d.LearningForm.IndexOf("**", 2, StringComparison.Ordinal)] + "**"));
    }

    private static string BodyText(Item item) => string.Join(' ', BlockText.Segments(item));

    private static string Normalise(string text) => SeedText.Normalise(text.Replace("**", string.Empty, StringComparison.Ordinal));
}
