using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Onboarding;

/// <summary>Builds the self-assessment section of onboarding.yaml, checking every item it names.</summary>
internal sealed class SelfAssessmentBuilder(Guide guide, List<ContentError> errors)
{
    public SelfAssessment? Build(SelfAssessmentDoc doc)
    {
        var ok = doc.Fields.Count > 0 || Error(doc.Line, "'selfAssessment:' needs at least one field");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var fields = doc.Fields.Select(field => BuildField(field, ids)).ToList();
        var learning = doc.LearningForms is { } forms ? BuildLearning(forms) : null;
        if (doc.LearningForms is null)
        {
            ok = Error(doc.Line, "'selfAssessment:' needs 'learningForms:'");
        }

        return ok && fields.All(f => f is not null) && learning is { } l
            ? new SelfAssessment([.. fields.OfType<CompetenceField>()], l.Item, l.Dimensions)
            : null;
    }

    private CompetenceField? BuildField(FieldDoc doc, HashSet<string> ids)
    {
        var ok = (doc.Id is not null && AreaBuilder.IdPattern().IsMatch(doc.Id) && ids.Add(doc.Id))
            || Error(doc.Line, $"field id '{doc.Id}' must be a unique lower-case id");
        var definition = Find(doc.Definition, doc.Line, $"field '{doc.Id}' 'definition:'");
        var basic = Find(doc.Basic, doc.Line, $"field '{doc.Id}' 'basic:'");
        var specialised = Find(doc.Specialised, doc.Line, $"field '{doc.Id}' 'specialised:'");
        return ok && definition is not null && basic is not null && specialised is not null
            ? new CompetenceField(doc.Id!, definition, basic, specialised)
            : null;
    }

    // The learning forms item holds one bullet list; each dimension names its entry (0 = the first).
    private (Item Item, IReadOnlyList<LearningDimension> Dimensions)? BuildLearning(LearningFormsDoc doc)
    {
        var item = Find(doc.Item, doc.Line, "'learningForms:' 'item:'");
        var lists = item?.Body.OfType<BulletList>().ToList() ?? [];
        if (item is not null && lists.Count != 1)
        {
            Error(doc.Line, $"'learningForms:' item '{item.Id}' must hold exactly one bullet list, not {lists.Count}");
            return null;
        }

        var ok = doc.Dimensions.Count > 0 || Error(doc.Line, "'learningForms:' needs at least one dimension");
        var dimensions = new List<LearningDimension>();
        foreach (var dimension in doc.Dimensions)
        {
            var dimensionItem = Find(dimension.Item, dimension.Line, $"dimension '{dimension.Id}'");
            if (dimension.Id is null || !AreaBuilder.IdPattern().IsMatch(dimension.Id) || dimensions.Any(d => d.Id == dimension.Id))
            {
                ok = Error(dimension.Line, $"dimension id '{dimension.Id}' must be a unique lower-case id");
            }
            else if (lists.Count == 1 && (dimension.Entry < 0 || dimension.Entry >= lists[0].Items.Count))
            {
                ok = Error(dimension.Line, $"dimension '{dimension.Id}' 'entry:' must be 0 to {lists[0].Items.Count - 1} (the bullet of '{item!.Id}' it uses)");
            }
            else if (dimensionItem is not null && lists.Count == 1)
            {
                dimensions.Add(new LearningDimension(dimension.Id, dimensionItem, lists[0].Items[dimension.Entry]));
            }
        }

        return ok && item is not null && dimensions.Count == doc.Dimensions.Count ? (item, dimensions) : null;
    }

    private Item? Find(string? id, int line, string what)
    {
        if (id is not null && guide.FindItem(id) is { } item)
        {
            return item;
        }

        Error(line, $"{what} names '{id}', which is not an item in areas/");
        return null;
    }

    private bool Error(int line, string message)
    {
        errors.Add(new ContentError(OnboardingLoader.FileName, line, message));
        return false;
    }
}
