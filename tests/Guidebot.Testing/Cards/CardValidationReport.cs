namespace Guidebot.Testing.Cards;

/// <summary>The errors found in one card; empty when the card passed every check.</summary>
/// <param name="Name">The card's name.</param>
/// <param name="Errors">Each error, prefixed by its check: <c>schema:</c>, <c>parser:</c> or <c>rule:</c>.</param>
/// <param name="Bytes">The card's size as the bot sends it (compact UTF-8 JSON, relaxed escaping), which the 28 KB rule checks.</param>
public sealed record CardErrors(string Name, IReadOnlyList<string> Errors, int Bytes);

/// <summary>The outcome of validating a batch of cards.</summary>
/// <param name="Cards">Every card of the batch, in order, with its errors.</param>
/// <param name="SchemaChecked">False when ../shared/schemas was absent and the schema check was skipped.</param>
public sealed record CardValidationReport(IReadOnlyList<CardErrors> Cards, bool SchemaChecked)
{
    /// <summary>True when no card has an error.</summary>
    public bool IsValid => Cards.All(card => card.Errors.Count == 0);

    /// <summary>The errors of the card named <paramref name="name"/>.</summary>
    public IReadOnlyList<string> ErrorsFor(string name) =>
        Cards.SingleOrDefault(card => card.Name == name)?.Errors
        ?? throw new ArgumentException($"No card named '{name}' was validated.", nameof(name));

    /// <summary>The wire size in bytes of the card named <paramref name="name"/>, as the 28 KB rule counts it.</summary>
    public int BytesFor(string name) =>
        Cards.SingleOrDefault(card => card.Name == name)?.Bytes
        ?? throw new ArgumentException($"No card named '{name}' was validated.", nameof(name));

    /// <summary>Throws a <see cref="CardValidationException"/> naming every invalid card and its errors.</summary>
    public void EnsureValid()
    {
        if (!IsValid)
        {
            throw new CardValidationException(ToString());
        }
    }

    /// <summary>One paragraph per invalid card: its name, then its errors.</summary>
    public override string ToString()
    {
        var invalid = Cards.Where(card => card.Errors.Count > 0).ToList();
        return invalid.Count == 0
            ? $"All {Cards.Count} cards are valid."
            : string.Join(Environment.NewLine, invalid.Select(card =>
                $"Card '{card.Name}' is invalid:{Environment.NewLine}{string.Join(Environment.NewLine, card.Errors.Select(error => $"  - {error}"))}"));
    }
}
