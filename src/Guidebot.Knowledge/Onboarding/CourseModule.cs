using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Onboarding;

/// <summary>One module: guide items read in order, then a short quiz built from them. The title is the bot's own.</summary>
public sealed record CourseModule(string Id, string Title, IReadOnlyList<Item> Reading, IReadOnlyList<QuizQuestion> Quiz)
{
    /// <summary>Cards in the module: every item to read, then every question.</summary>
    public int Steps => Reading.Count + Quiz.Count;
}
