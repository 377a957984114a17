using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Tools;

/// <summary>The checks every tool file shares: ids, required texts, the area, and references into the guide.</summary>
internal sealed class ToolChecks(Guide guide, string file, ContentErrors errors)
{
    private readonly ReferenceChecks _references = new(errors);

    public string File => file;

    public bool Fail(Location at, string message) => errors.Fail(file, at, message);

    /// <summary>True when <paramref name="id"/> is a valid id; reports it otherwise.</summary>
    public bool Id(string? id, LocatedDoc doc, string what) =>
        (id is not null && AreaBuilder.IdPattern().IsMatch(id))
        || Fail(doc.At("id"), $"{what} needs an 'id:' of lower-case letters, digits and dashes, not '{id}'");

    /// <summary>The trimmed text, or null after reporting that the field is missing.</summary>
    public string? Text(string? text, LocatedDoc doc, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Fail(doc.At(field), $"{what} needs '{field}:'");
            return null;
        }

        return text.Trim();
    }

    /// <summary>The area id when given and known; reports an unknown one.</summary>
    public string? Area(LocatedText? area, string what)
    {
        if (area is null || guide.FindArea(area.Value) is not null)
        {
            return area?.Value;
        }

        Fail(area.Location, $"{what}: area: no area '{area.Value}'{ContentErrors.DidYouMean(area.Value, guide.Areas.Select(a => a.Id))}");
        return null;
    }

    public ContentPart? Part(LocatedText reference, string what) => _references.Resolve(guide, file, reference, what);

    public Item? Item(LocatedText reference, string what) => _references.ResolveItem(guide, file, reference, what);

    /// <summary>Every reference resolved, or null when one was not (each reported).</summary>
    public List<ContentPart>? Parts(IEnumerable<LocatedText> references, string what)
    {
        var parts = references.Select(reference => Part(reference, what)).ToList();
        return parts.All(part => part is not null) ? [.. parts.OfType<ContentPart>()] : null;
    }

    public List<Item>? Items(IEnumerable<LocatedText> references, string what)
    {
        var items = references.Select(reference => Item(reference, what)).ToList();
        return items.All(item => item is not null) ? [.. items.OfType<Item>()] : null;
    }

    public static IReadOnlyList<string> Commands(IEnumerable<string> commands) =>
        [.. commands.Where(command => !string.IsNullOrWhiteSpace(command)).Select(command => command.Trim())];
}
