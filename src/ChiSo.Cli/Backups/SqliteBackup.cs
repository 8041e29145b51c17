using ChiSo.Data;
using ChiSo.Engine;
using Microsoft.Data.Sqlite;

namespace ChiSo.Cli.Backups;

internal static class SqliteBackup
{
    public static IReadOnlyList<Problem> Backup(string connectionString, string file)
    {
        var source = ChiSoDatabase.SqliteFile(connectionString);
        if (source is null || !File.Exists(source))
        {
            return [DatabaseBackup.Error("DB001", source,
                "Không có cơ sở dữ liệu để sao lưu. Hãy chạy `chiso database migrate` trước.",
                "There is no database to back up. Run `chiso database migrate` first.")];
        }

        // Written beside the target and moved at the end, so a failed backup never leaves a half file under FILE's name.
        var partial = file + ".partial";
        File.Delete(partial);
        using (var from = new SqliteConnection(connectionString))
        using (var to = new SqliteConnection(Exclusive(partial, SqliteOpenMode.ReadWriteCreate)))
        {
            from.Open();
            to.Open();
            from.BackupDatabase(to);
            using var command = to.CreateCommand();
            // A backup is one self-contained file: no -wal or -shm companions to lose when it is copied.
            command.CommandText = "PRAGMA journal_mode=DELETE";
            command.ExecuteNonQuery();
        }

        File.Move(partial, file, overwrite: true);
        return [];
    }

    public static IReadOnlyList<Problem> Restore(string connectionString, string file)
    {
        using var candidate = new SqliteConnection(Exclusive(file, SqliteOpenMode.ReadOnly));
        try
        {
            candidate.Open();
            if (Check(candidate, file) is { } problem)
            {
                return [problem];
            }
        }
        catch (SqliteException exception)
        {
            return [DatabaseBackup.NotChiSo(file, exception.Message)];
        }

        var target = ChiSoDatabase.SqliteFile(connectionString);
        if (Path.GetDirectoryName(target) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // The backup API replaces every page of the target in one write transaction: readers see the old or the new database.
        using var live = new SqliteConnection(connectionString);
        live.Open();
        candidate.BackupDatabase(live);

        // The backup file is in rollback-journal mode (one self-contained file) and the pages copied carry that mode
        // into a new target. ChiSo's databases are in WAL mode, and EF checks that a database exists through a
        // read-only connection, on which ChiSo's pragmas cannot switch the mode: every verb and the web app then failed
        // with "attempt to write a readonly database". The restored database is put back in WAL mode here.
        using var wal = live.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL";
        wal.ExecuteNonQuery();
        return [];
    }

    private static Problem? Check(SqliteConnection candidate, string file)
    {
        using var integrity = candidate.CreateCommand();
        integrity.CommandText = "PRAGMA integrity_check";
        var verdict = integrity.ExecuteScalar() as string;
        if (verdict != "ok")
        {
            return DatabaseBackup.NotChiSo(file, "integrity_check: " + verdict);
        }

        using var tables = candidate.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var names = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        var missing = DatabaseBackup.RequiredTables.Where(t => !names.Contains(t)).ToList();
        return missing.Count == 0 ? null : DatabaseBackup.NotChiSo(file, "missing tables: " + string.Join(", ", missing));
    }

    private static string Exclusive(string file, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString();
}
