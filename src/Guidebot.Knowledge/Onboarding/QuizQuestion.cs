using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Onboarding;

/// <summary>
/// A multiple-choice question in the bot's own words. <see cref="Quote"/> is the source's words from
/// <see cref="BasedOn"/> that support the answer; <see cref="Key"/> is the part of them the correct option repeats.
/// </summary>
public sealed record QuizQuestion(string Id, string Question, Item BasedOn, string Quote, string Key, IReadOnlyList<QuizOption> Options)
{
    public int CorrectIndex => Options.ToList().FindIndex(o => o.Correct);

    public QuizOption CorrectOption => Options[CorrectIndex];
}

/// <summary>One answer option of a <see cref="QuizQuestion"/>; exactly one per question is correct.</summary>
public sealed record QuizOption(string Text, bool Correct);
