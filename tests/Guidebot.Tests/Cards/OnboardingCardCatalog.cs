using Guidebot.Features.Assessment;
using Guidebot.Features.Onboarding;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Onboarding;
using Guidebot.Testing.Cards;

namespace Guidebot.Tests.Cards;

/// <summary>The onboarding and self-assessment cards whose look depends on saved progress the walk may not reach.</summary>
public static class OnboardingCardCatalog
{
    public static IEnumerable<NamedCard> All(Guide guide)
    {
        var course = OnboardingLoader.Load(Path.Combine(AppContext.BaseDirectory, "cards"), guide);
        var all = course.Modules.ToDictionary(m => m.Id, _ => new QuizScore(2, 1));
        var last = course.Modules[^1];
        yield return NamedCard.From("onboarding overview, all done, one under way", OnboardingCards.Overview(course, new OnboardingProgress(all, new ModuleRun(last.Id, 2, QuizScore.None))));
        yield return NamedCard.From("onboarding result, course done", OnboardingCards.Result(course, last, new QuizScore(3, 0), course.Modules.Count));
        foreach (var module in course.Modules)
        {
            for (var question = 0; question < module.Quiz.Count; question++)
            {
                yield return NamedCard.From($"onboarding {module.Id} question {question}", OnboardingCards.Question(course, module, question));
            }
        }

        var ratings = SelfAssessmentRatings.Empty
            .Rate(course.SelfAssessment.Fields[0].Id, CompetenceLevel.NotYetBasic)
            .Rate(course.SelfAssessment.Fields[1].Id, CompetenceLevel.Basic)
            .Rate(course.SelfAssessment.Fields[2].Id, CompetenceLevel.Specialised);
        yield return NamedCard.From("self-assessment profile, half rated", SelfAssessmentCards.Profile(course.SelfAssessment, ratings));
        foreach (var field in course.SelfAssessment.Fields)
        {
            yield return NamedCard.From($"self-assessment {field.Id}", SelfAssessmentCards.Field(course.SelfAssessment, field));
        }
    }
}
