using Guidebot.Knowledge.Content;

namespace Guidebot.Features.Employers;

/// <summary>
/// What the employer lookup shows, resolved once from the virksomheder area by id: the seven motivation
/// factors (items virksomheder-motivation-*, in the source's order), the employer's typical objections with
/// the items that answer them, the call preparation and the quick-access items.
/// </summary>
internal sealed class EmployerLookup
{
    public const string AreaId = "virksomheder";
    private const string FactorPrefix = "virksomheder-motivation-";

    public EmployerLookup(Guide guide)
    {
        var area = guide.FindArea(AreaId) ?? throw new InvalidOperationException($"Employer lookup: the content has no area '{AreaId}'.");
        Factors = [.. area.Items.Where(IsFactor)];
        Overview = Require(guide, "virksomheder-overbevist");
        Situations =
        [
            new("travlt", EmployerTexts.SituationBusy, [Part(guide, "virksomheder-fra-til"), Part(guide, "virksomheder-tip-kontakt")]),
            new("koster", EmployerTexts.SituationCost, [Part(guide, "virksomheder-rekrutteringspris"), Part(guide, "virksomheder-social-beregner"), Part(guide, "virksomheder-konkret-borger", "bundlinje")]),
            new("opgaver", EmployerTexts.SituationNoTasks, [Part(guide, "virksomheder-spot-opgaver"), Part(guide, "virksomheder-tal-om-loennede-timer"), Part(guide, "virksomheder-porter")]),
        ];
        Preparation = [Require(guide, "virksomheder-forberedelse"), Require(guide, "virksomheder-tip-kontakt"), Require(guide, "virksomheder-konkret-borger")];
        QuickAccess =
        [
            Require(guide, "virksomheder-store-vaerktoejskasse"),
            Require(guide, "virksomheder-basale-vaerktoejskasse"),
            Require(guide, "virksomheder-rekrutteringspris"),
            Require(guide, "virksomheder-porter"),
            Require(guide, "virksomheder-esg-spoergsmaal"),
        ];
        if (Factors.Count == 0)
        {
            throw new InvalidOperationException($"Employer lookup: the area '{AreaId}' has no items '{FactorPrefix}*'.");
        }
    }

    public IReadOnlyList<Item> Factors { get; }

    /// <summary>The source's overview of the motivation factors.</summary>
    public Item Overview { get; }

    public IReadOnlyList<EmployerSituation> Situations { get; }

    public IReadOnlyList<Item> Preparation { get; }

    public IReadOnlyList<Item> QuickAccess { get; }

    public static bool IsFactor(Item item) => item.Id.StartsWith(FactorPrefix, StringComparison.Ordinal);

    /// <summary>The factor's position among the seven (0-based).</summary>
    public int IndexOf(Item factor) => Factors.TakeWhile(item => item != factor).Count();

    public Item? FindFactor(string id) => Factors.FirstOrDefault(factor => factor.Id == id);

    public EmployerSituation? FindSituation(string id) => Situations.FirstOrDefault(situation => situation.Id == id);

    // A part is a whole item, or one point of one of its checklists (e.g. the bundlinje question).
    private static SituationPart Part(Guide guide, string itemId, string? pointId = null)
    {
        var item = Require(guide, itemId);
        var point = pointId is null
            ? null
            : item.Body.OfType<Checklist>().SelectMany(checklist => checklist.Entries).FirstOrDefault(entry => entry.Id == pointId)
                ?? throw new InvalidOperationException($"Employer lookup: item '{itemId}' has no checklist point '{pointId}'.");
        return new SituationPart(item, point);
    }

    private static Item Require(Guide guide, string itemId) =>
        guide.FindItem(itemId) ?? throw new InvalidOperationException($"Employer lookup: the content has no item '{itemId}'.");
}

/// <summary>Something an employer says (the bot's own label) and the items of the source that answer it.</summary>
internal sealed record EmployerSituation(string Id, string Label, IReadOnlyList<SituationPart> Parts);

/// <summary>An item shown whole, or only one <see cref="Point"/> of it.</summary>
internal sealed record SituationPart(Item Item, ListEntry? Point);
