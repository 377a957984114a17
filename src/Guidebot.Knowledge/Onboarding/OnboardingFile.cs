using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Onboarding;

// The shape of cards/onboarding.yaml, exactly as a methods consultant writes it. A field not declared here
// is reported where it stands and skipped.

internal sealed class OnboardingFile : LocatedDoc
{
    public string? Wording { get; set; }
    public List<ModuleDoc> Modules { get; set; } = [];
    public SelfAssessmentDoc? SelfAssessment { get; set; }
}

internal sealed class ModuleDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<LocatedText> Read { get; set; } = [];
    public List<QuestionDoc> Quiz { get; set; } = [];
}

internal sealed class QuestionDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Question { get; set; }
    public LocatedText? BasedOn { get; set; }
    public string? Quote { get; set; }
    public string? Key { get; set; }
    public List<OptionDoc> Options { get; set; } = [];
}

internal sealed class OptionDoc : LocatedDoc
{
    public string? Text { get; set; }
    public bool Correct { get; set; }
}

internal sealed class SelfAssessmentDoc : LocatedDoc
{
    public List<FieldDoc> Fields { get; set; } = [];
    public LearningFormsDoc? LearningForms { get; set; }
}

internal sealed class FieldDoc : LocatedDoc
{
    public string? Id { get; set; }
    public LocatedText? Definition { get; set; }
    public LocatedText? Basic { get; set; }
    public LocatedText? Specialised { get; set; }
}

internal sealed class LearningFormsDoc : LocatedDoc
{
    public LocatedText? Item { get; set; }
    public List<DimensionDoc> Dimensions { get; set; } = [];
}

/// <summary>A dimension: its id, its item, and the anchor of its entry in the learning forms item's list.</summary>
internal sealed class DimensionDoc : LocatedDoc
{
    public string? Id { get; set; }
    public LocatedText? Item { get; set; }
    public LocatedText? Entry { get; set; }
}
