using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChiSo.Data.Sql;

/// <summary>
/// Sets WAL mode (readers never wait for the writer; one web node serves a province on SQLite), synchronous=NORMAL
/// and foreign keys on every SQLite connection EF opens. In WAL mode NORMAL syncs at checkpoints instead of at every
/// commit: the database can never be corrupted, only the last commits before a power cut can be lost (never on a
/// process crash), and a commit such as a result snapshot or a bulk load costs no fsync. The settings belong to the
/// native connection, which Microsoft.Data.Sqlite's pool keeps open between uses: they are sent once per native
/// connection, not on each of the many opens EF makes (one per query), which cost a command each on every save.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Sql = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    // EF checks that a database exists through a read-only connection, on which switching a database in another
    // journal mode (a restored backup, a file from another tool) to WAL fails with "attempt to write a readonly
    // database". The mode is then set by the next writable connection.
    private const string ReadOnlySql = "PRAGMA foreign_keys=ON;";

    // The native connections already set up; an entry goes when its handle is collected after the pool closes it.
    private static readonly ConditionalWeakTable<object, object> Prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstUse(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = SqlFor(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!FirstUse(connection))
        {
            return;
        }

        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = SqlFor(connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string SqlFor(DbConnection connection) =>
        connection is SqliteConnection sqlite && new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode == SqliteOpenMode.ReadOnly
            ? ReadOnlySql
            : Sql;

    /// <summary>True the first time this native connection is seen (always when it is not a pooled SQLite one).</summary>
    private static bool FirstUse(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Prepared.TryAdd(handle, Prepared);
}
