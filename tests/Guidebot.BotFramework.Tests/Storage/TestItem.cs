using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Tests.Storage;

/// <summary>A small stored value: a counter, and a list a caller could mutate after writing.</summary>
public sealed record TestItem(string Name, int Count, List<string> Tags);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TestItem))]
public sealed partial class StorageTestJson : JsonSerializerContext;
