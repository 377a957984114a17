using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Onboarding;

/// <summary>Builds the self-assessment section of onboarding.yaml, checking every item and anchor it names.</summary>
internal sealed class SelfAssessmentBuilder(Guide guide, ContentErrors errors, ReferenceChecks references)
{
    private const string File = OnboardingLoader.FileName;

    public SelfAssessment? Build(SelfAssessmentDoc doc)
    {
        var ok = doc.Fields.Count > 0 || Fail(doc.At("fields"), "'selfAssessment:' needs at least one field");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var fields = doc.Fields.Select(field => BuildField(field, ids)).ToList();
        var learning = doc.LearningForms is { } forms ? BuildLearning(forms) : null;
        if (doc.LearningForms is null)
        {
            ok = Fail(doc.Location, "'selfAssessment:' needs 'learningForms:'");
        }

        return ok && fields.All(f => f is not null) && learning is { } l
            ? new SelfAssessment([.. fields.OfType<CompetenceField>()], l.Item, l.Dimensions)
            : null;
    }

    private CompetenceField? BuildField(FieldDoc doc, HashSet<string> ids)
    {
        var ok = (doc.Id is not null && AreaBuilder.IdPattern().IsMatch(doc.Id) && ids.Add(doc.Id))
            || Fail(doc.At("id"), $"field id '{doc.Id}' must be a unique lower-case id");
        var definition = Find(doc.Definition, doc, "definition", $"field '{doc.Id}'");
        var basic = Find(doc.Basic, doc, "basic", $"field '{doc.Id}'");
        var specialised = Find(doc.Specialised, doc, "specialised", $"field '{doc.Id}'");
        return ok && definition is not null && basic is not null && specialised is not null
            ? new CompetenceField(doc.Id!, definition, basic, specialised)
            : null;
    }

    // Each dimension names its entry in the learning forms item by the entry's anchor.
    private (Item Item, IReadOnlyList<LearningDimension> Dimensions)? BuildLearning(LearningFormsDoc doc)
    {
        var item = Find(doc.Item, doc, "item", "learningForms");
        var ok = doc.Dimensions.Count > 0 || Fail(doc.At("dimensions"), "'learningForms:' needs at least one dimension");
        var dimensions = new List<LearningDimension>();
        foreach (var dimension in doc.Dimensions)
        {
            var dimensionItem = Find(dimension.Item, dimension, "item", $"dimension '{dimension.Id}'");
            var entry = item is null ? null : Entry(item, dimension);
            if (dimension.Id is null || !AreaBuilder.IdPattern().IsMatch(dimension.Id) || dimensions.Any(d => d.Id == dimension.Id))
            {
                ok = Fail(dimension.At("id"), $"dimension id '{dimension.Id}' must be a unique lower-case id");
            }
            else if (dimensionItem is not null && entry is not null)
            {
                dimensions.Add(new LearningDimension(dimension.Id, dimensionItem, entry.Text));
            }
        }

        return ok && item is not null && dimensions.Count == doc.Dimensions.Count ? (item, dimensions) : null;
    }

    private ListEntry? Entry(Item learningForms, DimensionDoc dimension)
    {
        if (dimension.Entry is not { } anchor)
        {
            Fail(dimension.Location, $"dimension '{dimension.Id}' needs 'entry:' (the anchor of its entry in '{learningForms.Id}')");
            return null;
        }

        var reference = new LocatedText($"{learningForms.Id}{ContentRef.Separator}{anchor.Value}", anchor.Location);
        var part = references.Resolve(guide, File, reference, $"dimension '{dimension.Id}': entry");
        if (part is { Entry: null })
        {
            Fail(anchor.Location, $"dimension '{dimension.Id}': entry: '{anchor.Value}' names a block; name one entry of a list");
        }

        return part?.Entry;
    }

    private Item? Find(LocatedText? id, LocatedDoc doc, string field, string what)
    {
        if (id is null)
        {
            Fail(doc.Location, $"{what} needs '{field}:'");
            return null;
        }

        return references.ResolveItem(guide, File, id, $"{what}: {field}");
    }

    private bool Fail(Location at, string message) => errors.Fail(File, at, message);
}
