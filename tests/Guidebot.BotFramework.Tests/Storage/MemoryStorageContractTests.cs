using Guidebot.BotFramework.Storage;

namespace Guidebot.BotFramework.Tests.Storage;

public sealed class MemoryStorageContractTests() : StorageContractTests(new MemoryStorage());
