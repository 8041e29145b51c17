using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Sql;

namespace ChiSo.Data;

/// <summary>Opening and migrating a ChiSo database, whichever provider it is on.</summary>
public static class ChiSoDatabase
{
    public const string SqliteMigrationsAssembly = "ChiSo.Data.Sqlite";

    public const string PostgresMigrationsAssembly = "ChiSo.Data.Postgres";

    /// <summary>Points <paramref name="builder"/> at the database: provider, its migrations assembly, SQLite pragmas.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options) =>
        options.Provider switch
        {
            DatabaseProvider.Sqlite => builder
                .UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
                .AddInterceptors(SqlitePragmas.Instance),
            DatabaseProvider.Postgres => builder
                .UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly)),
        };

    public static DbContextOptions<ChiSoDbContext> ContextOptions(DatabaseOptions options) =>
        (DbContextOptions<ChiSoDbContext>)Configure(new DbContextOptionsBuilder<ChiSoDbContext>(), options).Options;

    public static ChiSoDbContext CreateContext(DatabaseOptions options) => new(ContextOptions(options));

    /// <summary>
    /// Makes the database ready to use: for SQLite creates the file's folder; applies every pending migration
    /// (which creates the database when it does not exist). Migrating twice changes nothing.
    /// </summary>
    public static async Task MigrateAsync(DatabaseOptions options, CancellationToken cancellationToken = default)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            CreateSqliteFolder(options.ConnectionString);
        }

        var context = CreateContext(options);
        await using (context.ConfigureAwait(false))
        {
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The embedded default is migrated on first use; PostgreSQL is migrated explicitly (<c>chiso database migrate</c>).</summary>
    public static Task EnsureReadyAsync(DatabaseOptions options, CancellationToken cancellationToken = default) =>
        options.Provider == DatabaseProvider.Sqlite ? MigrateAsync(options, cancellationToken) : Task.CompletedTask;

    /// <summary>The SQLite file a connection string names, as a full path; null for an in-memory database.</summary>
    public static string? SqliteFile(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" ? null : Path.GetFullPath(source);
    }

    private static void CreateSqliteFolder(string connectionString)
    {
        var folder = SqliteFile(connectionString) is { } file ? Path.GetDirectoryName(file) : null;
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
