using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Guidebot.BotFramework.Cards;
using Guidebot.BotFramework.Schema;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;

namespace Guidebot.Benchmarks;

/// <summary>The biggest item card of the guide: laying it out, and writing it as JSON the way replies are sent (BotFrameworkJson.Wire).</summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private Guide _guide = null!;
    private Item _item = null!;
    private AdaptiveCard _card = null!;

    [GlobalSetup]
    public void Setup()
    {
        _guide = GuideLoader.Load(RepoPaths.Cards);
        _item = _guide.Areas.SelectMany(a => a.Items)
            .MaxBy(i => JsonSerializer.SerializeToUtf8Bytes(ItemCards.Item(_guide, i), BotFrameworkJson.Default.AdaptiveCard).Length)!;
        _card = ItemCards.Item(_guide, _item);
        Console.WriteLine(
            $"// biggest item card: {_item.Id}, {JsonSerializer.SerializeToUtf8Bytes(_card, BotFrameworkJson.Wire.AdaptiveCard).Length} bytes as sent, "
            + $"{JsonSerializer.SerializeToUtf8Bytes(_card, BotFrameworkJson.Default.AdaptiveCard).Length} bytes with every non-ASCII letter escaped");
    }

    [Benchmark]
    public AdaptiveCard LayOutBigItemCard() => ItemCards.Item(_guide, _item);

    [Benchmark]
    public void SerializeBigItemCard() => JsonSerializer.Serialize(Stream.Null, _card, BotFrameworkJson.Wire.AdaptiveCard);
}
