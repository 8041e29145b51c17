using Npgsql;

namespace ChiSo.EndToEnd.Tests;

/// <summary>A database of its own on the test PostgreSQL server (CHISO_TEST_POSTGRES), created empty and dropped after.</summary>
public static class TestDatabases
{
    public static async Task<(string Database, string Connection)> NewPostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable("CHISO_TEST_POSTGRES");
        Assert.False(string.IsNullOrEmpty(server), "CHISO_TEST_POSTGRES is not set: run scripts/test, which starts a PostgreSQL server for the tests.");
        var name = $"chiso_e2e_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return (name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public static async Task DropPostgresAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("CHISO_TEST_POSTGRES"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Runs <paramref name="test"/> on the provider's app settings: SQLite (the app's own temporary file) or a fresh,
    /// migrated PostgreSQL database (what `chiso database migrate` does before the first start), dropped afterwards.
    /// </summary>
    public static async Task OnProviderAsync(string provider, Dictionary<string, string> settings, Func<Task> test)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(test);
        string? postgres = null;
        if (provider == "Postgres")
        {
            (postgres, var connection) = await NewPostgresAsync();
            settings["Database:Provider"] = "Postgres";
            settings["Database:ConnectionString"] = connection;
            await Data.ChiSoDatabase.MigrateAsync(new Data.DatabaseOptions { Provider = Data.DatabaseProvider.Postgres, ConnectionString = connection });
        }

        try
        {
            await test();
        }
        finally
        {
            if (postgres is not null)
            {
                await DropPostgresAsync(postgres);
            }
        }
    }
}
