using ChiSo.Data;
using ChiSo.Engine;

namespace ChiSo.Cli.Backups;

/// <summary>
/// Backs up a ChiSo database to one file and restores it exactly. SQLite uses the online backup API (a single
/// self-contained file); PostgreSQL uses pg_dump's custom format. A restore checks the whole candidate file first
/// and refuses a damaged or foreign file before anything is overwritten. An empty list means success.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>Tables every ChiSo database has; a backup without them is not ChiSo's.</summary>
    internal static readonly string[] RequiredTables = ["__EFMigrationsHistory", "Units", "FrameworkEditions", "AuditEvents"];

    public static Task<IReadOnlyList<Problem>> BackupAsync(DatabaseOptions database, string file, CancellationToken cancellationToken = default) =>
        database.Provider switch
        {
            DatabaseProvider.Sqlite => Task.FromResult(SqliteBackup.Backup(database.ConnectionString, file)),
            DatabaseProvider.Postgres => PostgresBackup.BackupAsync(database.ConnectionString, file, cancellationToken),
        };

    public static Task<IReadOnlyList<Problem>> RestoreAsync(DatabaseOptions database, string file, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(file))
        {
            return Task.FromResult<IReadOnlyList<Problem>>([Error("DB003", file,
                "Không tìm thấy tệp sao lưu. Hãy kiểm tra đường dẫn.",
                "The backup file does not exist. Check the path.")]);
        }

        return database.Provider switch
        {
            DatabaseProvider.Sqlite => Task.FromResult(SqliteBackup.Restore(database.ConnectionString, file)),
            DatabaseProvider.Postgres => PostgresBackup.RestoreAsync(database.ConnectionString, file, cancellationToken),
        };
    }

    internal static Problem Error(string code, string? file, string vi, string en) =>
        Problem.Error(code, file, SourceSpan.None, vi, en);

    internal static Problem NotChiSo(string file, string detail) => Error("DB004", file,
        $"Tệp này hỏng hoặc không phải bản sao lưu của ChiSo ({detail}); cơ sở dữ liệu chưa bị thay đổi.",
        $"This file is damaged or is not a ChiSo backup ({detail}); the database has not been changed.");
}
