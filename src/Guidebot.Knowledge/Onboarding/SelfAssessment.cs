using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Onboarding;

/// <summary>The competence self-assessment: the fields to rate, and where the source recommends learning forms per dimension.</summary>
public sealed record SelfAssessment(IReadOnlyList<CompetenceField> Fields, Item LearningForms, IReadOnlyList<LearningDimension> Dimensions)
{
    public CompetenceField? FindField(string id) => Fields.FirstOrDefault(f => f.Id == id);

    public int IndexOf(CompetenceField field) => Fields.ToList().FindIndex(f => f.Id == field.Id);
}

/// <summary>A competence field: its definition and the items listing its basic and specialised level.</summary>
public sealed record CompetenceField(string Id, Item Definition, Item Basic, Item Specialised);

/// <summary>A dimension (practical, reflective, relational): its item, and its entry in the learning forms' bullet list.</summary>
public sealed record LearningDimension(string Id, Item Item, string LearningForm);
