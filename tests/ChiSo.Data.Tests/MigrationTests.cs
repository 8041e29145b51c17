using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests;

public sealed class MigrationTests
{
    [Theory, AllDatabases]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationAndTwiceChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);

        await ChiSoDatabase.MigrateAsync(database.Options);
        await ChiSoDatabase.MigrateAsync(database.Options);

        await using var db = database.NewContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(0, await db.Units.CountAsync());
    }

    // Fails when the model changed without `scripts/add-migration.sh NAME`; needs no server (the model is compared to the snapshot).
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Model_ComparedWithLastMigration_HasNoPendingChanges(DatabaseProvider provider)
    {
        var options = new DatabaseOptions { Provider = provider, ConnectionString = provider == DatabaseProvider.Sqlite
            ? "Data Source=unused.db" : "Host=127.0.0.1;Database=unused" };
        using var db = ChiSoDatabase.CreateContext(options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes without a {provider} migration: run scripts/add-migration.sh NAME.");
    }

    // A snapshot payload is written once and read whole: PostgreSQL's compression of it cost a quarter of publishing a round.
    [Fact]
    public async Task Postgres_SnapshotPayload_IsStoredWithoutCompression()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var db = database.NewContext();

        var storage = await db.Database.SqlQueryRaw<string>(
            "SELECT attstorage::text AS \"Value\" FROM pg_attribute WHERE attrelid = '\"ResultSnapshots\"'::regclass AND attname = 'Payload'")
            .ToAsyncEnumerable().SingleAsync();

        Assert.Equal("e", storage);
    }

    [Fact]
    public async Task Sqlite_OpenedThroughChiSo_IsInWalModeWithForeignKeys()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToAsyncEnumerable().SingleAsync());
        Assert.Equal(1L, await db.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").ToAsyncEnumerable().SingleAsync());
    }

    [Fact]
    public async Task Sqlite_ANativeConnectionReusedFromThePool_KeepsItsSettings()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        object? first;
        await using (var db = database.NewContext())
        {
            await db.Database.OpenConnectionAsync();
            first = ((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection()).Handle;
        }

        // The settings are sent once per native connection: the next context gets the same one from the pool.
        await using var again = database.NewContext();
        await again.Database.OpenConnectionAsync();

        Assert.Same(first, ((Microsoft.Data.Sqlite.SqliteConnection)again.Database.GetDbConnection()).Handle);
        Assert.Equal(1L, await again.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").ToAsyncEnumerable().SingleAsync());
        Assert.Equal(1L, await again.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToAsyncEnumerable().SingleAsync());
    }

    [Fact]
    public async Task EnsureReady_SqliteFileInMissingFolder_CreatesFolderAndMigrates()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chiso-ready-" + Guid.NewGuid().ToString("N"));
        var options = DatabaseOptions.FromArgument(Path.Combine(folder, "data", "chiso.db"));
        try
        {
            await ChiSoDatabase.EnsureReadyAsync(options);

            await using var db = ChiSoDatabase.CreateContext(options);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.True(File.Exists(Path.Combine(folder, "data", "chiso.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
