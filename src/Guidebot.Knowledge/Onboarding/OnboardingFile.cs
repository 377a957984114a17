using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Onboarding;

// The shape of cards/onboarding.yaml, exactly as a methods consultant writes it.
// Any property not declared here is an error (YamlDotNet reports it with its line).

internal sealed class OnboardingFile
{
    public string? Wording { get; set; }
    public List<ModuleDoc> Modules { get; set; } = [];
    public SelfAssessmentDoc? SelfAssessment { get; set; }
}

internal sealed class ModuleDoc : ILocated
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<string> Read { get; set; } = [];
    public List<QuestionDoc> Quiz { get; set; } = [];
    public int Line { get; set; }
}

internal sealed class QuestionDoc : ILocated
{
    public string? Id { get; set; }
    public string? Question { get; set; }
    public string? BasedOn { get; set; }
    public string? Quote { get; set; }
    public string? Key { get; set; }
    public List<OptionDoc> Options { get; set; } = [];
    public int Line { get; set; }
}

internal sealed class OptionDoc : ILocated
{
    public string? Text { get; set; }
    public bool Correct { get; set; }
    public int Line { get; set; }
}

internal sealed class SelfAssessmentDoc : ILocated
{
    public List<FieldDoc> Fields { get; set; } = [];
    public LearningFormsDoc? LearningForms { get; set; }
    public int Line { get; set; }
}

internal sealed class FieldDoc : ILocated
{
    public string? Id { get; set; }
    public string? Definition { get; set; }
    public string? Basic { get; set; }
    public string? Specialised { get; set; }
    public int Line { get; set; }
}

internal sealed class LearningFormsDoc : ILocated
{
    public string? Item { get; set; }
    public List<DimensionDoc> Dimensions { get; set; } = [];
    public int Line { get; set; }
}

internal sealed class DimensionDoc : ILocated
{
    public string? Id { get; set; }
    public string? Item { get; set; }
    public int Entry { get; set; } = -1;
    public int Line { get; set; }
}
