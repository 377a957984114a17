using Guidebot.BotFramework.Storage;

namespace Guidebot.BotFramework.Tests.Storage;

public sealed class SqliteStorageContractTests : StorageContractTests
{
    private readonly TemporaryDirectory _directory;

    public SqliteStorageContractTests()
        : this(new TemporaryDirectory())
    {
    }

    private SqliteStorageContractTests(TemporaryDirectory directory)
        : base(new SqliteStorage(new SqliteStorageOptions { Path = directory.File("state/guidebot.db") })) =>
        _directory = directory;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ((SqliteStorage)Storage).Dispose();
            _directory.Dispose();
        }

        base.Dispose(disposing);
    }
}
