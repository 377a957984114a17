namespace Guidebot.Knowledge.Tests.Support;

/// <summary>Assertions every area's items must meet, whatever their source.</summary>
public static class AreaAssert
{
    /// <summary>Each item's id starts with the area's id, it cites <paramref name="documentId"/> and carries 5–12 keywords.</summary>
    public static void ItemsCiteAndCarryKeywords(Area area, string documentId) =>
        Assert.All(area.Items, item =>
        {
            Assert.StartsWith($"{area.Id}-", item.Id, StringComparison.Ordinal);
            Assert.Equal(documentId, item.Source.Document.Id);
            Assert.InRange(item.Keywords.Count, 5, 12);
        });
}
