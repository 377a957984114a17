using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

/// <summary>
/// Reads cards/corrections.yaml: every place where a card deliberately departs from its source's wording,
/// and every text of the bot's own inside a source's item. Checks the structure only (known document and
/// item, no empty field); whether each entry is still needed is for the content tests, which have the sources.
/// </summary>
public static class CorrectionsLoader
{
    public const string FileName = "corrections.yaml";

    public static Corrections Load(string cardsPath, Guide guide)
    {
        var errors = new ContentErrors();
        var corrections = Load(cardsPath, guide, errors);
        errors.ThrowIfAny();
        return corrections;
    }

    internal static Corrections Load(string cardsPath, Guide guide, ContentErrors errors)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var file = YamlFile.Parse<CorrectionsFile>(Path.Combine(cardsPath, FileName), FileName, errors);
        if (file is null)
        {
            return new Corrections([], []);
        }

        var references = new ReferenceChecks(errors);
        var changes = file.Corrections.Select(doc => Change(doc, guide, references, errors)).OfType<Correction>().ToList();
        var own = file.OwnWording.Select(doc => Own(doc, guide, references, errors)).OfType<OwnWording>().ToList();
        return new Corrections(changes, own);
    }

    private static Correction? Change(CorrectionDoc doc, Guide guide, ReferenceChecks references, ContentErrors errors)
    {
        var ok = Required(doc, "source", doc.Source, errors) & Required(doc, "corrected", doc.Corrected, errors) & Required(doc, "reason", doc.Reason, errors);
        if (ok && doc.Source!.Trim() == doc.Corrected!.Trim())
        {
            ok = errors.Fail(FileName, doc.At("corrected"), "a correction must change the source's text ('corrected' equals 'source')");
        }

        var item = FindItem(doc, doc.Item, guide, references, errors);
        if (doc.Doc is null || !guide.Sources.TryGetValue(doc.Doc, out var source) || source.IsBotsOwn)
        {
            var documents = guide.Sources.Values.Where(s => !s.IsBotsOwn).Select(s => s.Id);
            ok = errors.Fail(FileName, doc.At("doc"), $"no source document '{doc.Doc}' in sources.yaml{ContentErrors.DidYouMean(doc.Doc ?? string.Empty, documents)}");
        }
        else if (item is not null && item.Source.Document.Id != doc.Doc)
        {
            ok = errors.Fail(FileName, doc.At("doc"), $"item '{item.Id}' comes from '{item.Source.Document.Id}', not '{doc.Doc}'");
        }

        return ok && item is not null ? new Correction(doc.Doc!, item.Id, doc.Source!.Trim(), doc.Corrected!.Trim(), doc.Reason!.Trim()) : null;
    }

    private static OwnWording? Own(OwnWordingDoc doc, Guide guide, ReferenceChecks references, ContentErrors errors)
    {
        var ok = Required(doc, "text", doc.Text, errors) & Required(doc, "reason", doc.Reason, errors);
        var item = FindItem(doc, doc.Item, guide, references, errors);
        if (item is not null && item.Source.Document.IsBotsOwn)
        {
            ok = errors.Fail(FileName, doc.At("item"), $"item '{item.Id}' is the bot's own already; list only texts inside items drawn from a source");
        }

        return ok && item is not null ? new OwnWording(item.Id, doc.Text!.Trim(), doc.Reason!.Trim()) : null;
    }

    private static Item? FindItem(LocatedDoc doc, LocatedText? id, Guide guide, ReferenceChecks references, ContentErrors errors)
    {
        if (id is null)
        {
            errors.Add(FileName, doc.Location, "'item:' is missing (the id of the item the entry is about)");
            return null;
        }

        return references.ResolveItem(guide, FileName, id, "item");
    }

    private static bool Required(LocatedDoc doc, string field, string? value, ContentErrors errors) =>
        !string.IsNullOrWhiteSpace(value) || errors.Fail(FileName, doc.At(field), $"'{field}:' is empty");
}
