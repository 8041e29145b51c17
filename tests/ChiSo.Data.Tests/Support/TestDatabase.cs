using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChiSo.Data.Tests.Support;

/// <summary>
/// A fresh, empty database for one test: a temporary SQLite file, or a new database <c>chiso_test_&lt;guid&gt;</c> on the
/// PostgreSQL server named by <c>CHISO_TEST_POSTGRES</c>. Deleted (dropped) on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CHISO_TEST_POSTGRES";

    private readonly string? postgresServer;
    private readonly string? postgresName;

    private TestDatabase(DatabaseOptions options, string? postgresServer, string? postgresName)
    {
        Options = options;
        this.postgresServer = postgresServer;
        this.postgresName = postgresName;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    /// <summary>The SQLite file path or the PostgreSQL connection string, as <c>--database</c> takes it.</summary>
    public string Argument => Provider == DatabaseProvider.Sqlite ? ChiSoDatabase.SqliteFile(Options.ConnectionString)! : Options.ConnectionString;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        var database = provider == DatabaseProvider.Sqlite ? Sqlite() : await PostgresAsync();
        if (migrate)
        {
            await ChiSoDatabase.MigrateAsync(database.Options);
        }

        return database;
    }

    public ChiSoDbContext NewContext() => ChiSoDatabase.CreateContext(Options);

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var file = ChiSoDatabase.SqliteFile(Options.ConnectionString)!;
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(postgresServer);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }

    private static TestDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chiso-data-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var options = DatabaseOptions.FromArgument(Path.Combine(folder, "chiso.db"));
        return new TestDatabase(options, null, null);
    }

    private static async Task<TestDatabase> PostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set, so the PostgreSQL half of this test cannot run (it is never skipped). "
                + "Run `bash scripts/test`, which starts a throwaway PostgreSQL 15, or start one yourself with "
                + $"`PGROOT=/tmp/chiso-pg bash scripts/pg-test.sh start` and export {PostgresVariable} with the connection string it prints.");
        }

        var name = "chiso_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString,
        };
        return new TestDatabase(options, server, name);
    }
}
