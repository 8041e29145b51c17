using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Collection;

/// <summary>
/// Lets the saves of this process write to an SQLite database one at a time. SQLite has a single writer: a second
/// connection that tries to write meanwhile gets SQLITE_BUSY at once, and Microsoft.Data.Sqlite then sleeps before it
/// retries, so under 50 concurrent saves most of the time went to those sleeps. Waiting here instead costs only the
/// write itself. PostgreSQL writes rows concurrently and is not held back. A save inside a caller's transaction (the
/// workbook import) does not wait either: its transaction may already hold SQLite's write lock, and a save waiting
/// here for it would hold up the very transaction it waits for.
/// </summary>
internal static class SqliteWriters
{
    // One per process, like the database file's single writer lock it stands in front of.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<T> OneAtATimeAsync<T>(DbContext db, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null)
        {
            return await write();
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            Gate.Release();
        }
    }
}
