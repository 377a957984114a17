namespace Guidebot.Knowledge.Content;

/// <summary>
/// A reviewed change from a source's wording: in item <see cref="ItemId"/>, the card shows <see cref="Corrected"/>
/// where document <see cref="DocumentId"/> reads <see cref="Source"/>, for <see cref="Reason"/>.
/// </summary>
public sealed record Correction(string DocumentId, string ItemId, string Source, string Corrected, string Reason);

/// <summary>A text of Guidebot's own inside an item drawn from a source (a descriptive title, a table heading), with why.</summary>
public sealed record OwnWording(string ItemId, string Text, string Reason);

/// <summary>Everything in cards/corrections.yaml: the reviewed changes from the sources and the bot's own labels.</summary>
public sealed record Corrections(IReadOnlyList<Correction> Changes, IReadOnlyList<OwnWording> OwnWording);
