using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Guidebot.BotFramework.Tests.Turns;
using Guidebot.BotFramework.Turns;
using Guidebot.Testing.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.BotFramework.Tests.State;

public sealed class BotStateTests
{
    private readonly MemoryStorage _storage = new();
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();

    [Fact]
    public void GetStorageKey_ConversationAndUser_FollowBotFrameworkKeys()
    {
        var activity = TestActivities.Message("x");

        Assert.Equal("test/conversations/conversation-1", new ConversationState(_storage).GetStorageKey(activity));
        Assert.Equal("test/users/user-1", new UserState(_storage).GetStorageKey(activity));
    }

    [Fact]
    public async Task SaveChanges_MutatedObject_IsStoredAndReadBackInTheNextTurn()
    {
        var state = new UserState(_storage);
        var counter = state.CreateProperty("Counter", TurnTestJson.Default.Counter);
        var first = Turn();
        (await counter.GetAsync(first, () => new Counter(), default))!.Count = 7;
        await state.SaveChangesAsync(first, default);

        var second = Turn();
        Assert.Equal(7, (await counter.GetAsync(second, null, default))!.Count);
    }

    [Fact]
    public async Task SaveChanges_NothingChanged_DoesNotWrite()
    {
        var state = new ConversationState(_storage);
        var counter = state.CreateProperty("Counter", TurnTestJson.Default.Counter);
        var first = Turn();
        await counter.SetAsync(first, new Counter { Count = 1 }, default);
        await state.SaveChangesAsync(first, default);
        var eTag = (await _storage.ReadAsync(Key, BotFrameworkJson.Default.DictionaryStringJsonElement, default))!.ETag;

        var second = Turn();
        await counter.GetAsync(second, null, default);
        await state.SaveChangesAsync(second, default);

        Assert.Equal(eTag, (await _storage.ReadAsync(Key, BotFrameworkJson.Default.DictionaryStringJsonElement, default))!.ETag);
    }

    [Fact]
    public async Task SaveChanges_SomeoneElseWroteFirst_ThrowsEtagException()
    {
        var state = new ConversationState(_storage);
        var counter = state.CreateProperty("Counter", TurnTestJson.Default.Counter);
        var slow = Turn();
        var fast = Turn();
        await counter.SetAsync(slow, new Counter { Count = 1 }, default);
        await counter.SetAsync(fast, new Counter { Count = 2 }, default);

        await state.SaveChangesAsync(fast, default);

        await Assert.ThrowsAsync<EtagException>(() => state.SaveChangesAsync(slow, default));
    }

    [Fact]
    public async Task DeleteAndClear_RemoveProperties()
    {
        var state = new ConversationState(_storage);
        var counter = state.CreateProperty("Counter", TurnTestJson.Default.Counter);
        var first = Turn();
        await counter.SetAsync(first, new Counter { Count = 1 }, default);
        await state.SaveChangesAsync(first, default);

        var second = Turn();
        await counter.DeleteAsync(second, default);
        await state.SaveChangesAsync(second, default);
        var third = Turn();
        Assert.Null(await counter.GetAsync(third, null, default));

        await counter.SetAsync(third, new Counter { Count = 3 }, default);
        await state.ClearStateAsync(third, default);
        Assert.Null(await counter.GetAsync(third, null, default));
    }

    private const string Key = "test/conversations/conversation-1";

    private TurnContext Turn() => new(TestActivities.Message("x"), _services);
}
