using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChiSo.Data;

/// <summary>
/// Sets WAL mode (readers never wait for the writer; one web node serves a province on SQLite), synchronous=NORMAL
/// and foreign keys on every SQLite connection EF opens. In WAL mode NORMAL syncs at checkpoints instead of at every
/// commit: the database can never be corrupted, only the last commits before a power cut can be lost (never on a
/// process crash), and a commit such as a result snapshot or a bulk load costs no fsync. All are cheap once set.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Sql = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
