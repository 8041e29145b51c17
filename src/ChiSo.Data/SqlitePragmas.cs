using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChiSo.Data;

/// <summary>
/// Sets WAL mode (readers never wait for the writer; one web node serves a province on SQLite) and foreign keys on
/// every SQLite connection EF opens. Both pragmas are cheap no-ops once set.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Sql = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;";

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
