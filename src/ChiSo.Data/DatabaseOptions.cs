namespace ChiSo.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database ChiSo uses: configuration section <c>Database</c> (env <c>Database__Provider</c>, <c>Database__ConnectionString</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string EmbeddedConnectionString = "Data Source=./data/chiso.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = EmbeddedConnectionString;

    /// <summary>
    /// Reads a <c>--database</c> value: a PostgreSQL connection string (it names a <c>Host=</c>), a SQLite connection
    /// string (<c>Data Source=…</c>) or a plain SQLite file path.
    /// </summary>
    public static DatabaseOptions FromArgument(string database)
    {
        if (database.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = database };
        }

        var connectionString = database.Contains("Data Source=", StringComparison.OrdinalIgnoreCase)
            ? database
            : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = database }.ToString();
        return new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connectionString };
    }
}
