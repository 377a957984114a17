using Guidebot.BotFramework.Cards;

namespace Guidebot.Cards;

/// <summary>How much text an element puts on the screen, for deciding what fits on a card's first screen.</summary>
internal static class CardText
{
    public static int Length(CardElement element) => element switch
    {
        TextBlock text => text.Text.Length,
        RichTextBlock rich => rich.Inlines.Sum(run => run.Text.Length),
        FactSet facts => facts.Facts.Sum(fact => fact.Title.Length + fact.Value.Length),
        Container container => container.Items.Sum(Length),
        ColumnSet columns => (columns.Columns ?? []).Sum(column => (column.Items ?? []).Sum(Length)),
        _ => 0,
    };
}
