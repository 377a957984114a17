namespace Guidebot.Knowledge.Onboarding;

/// <summary>
/// The onboarding course for new consultants (cards/onboarding.yaml): modules of guide items to read, each
/// ending in a quiz, and the competence self-assessment. Titles, questions and options are the bot's own wording.
/// </summary>
public sealed record Course(IReadOnlyList<CourseModule> Modules, SelfAssessment SelfAssessment)
{
    public CourseModule? FindModule(string id) => Modules.FirstOrDefault(m => m.Id == id);

    public int IndexOf(CourseModule module) => Modules.ToList().FindIndex(m => m.Id == module.Id);
}
