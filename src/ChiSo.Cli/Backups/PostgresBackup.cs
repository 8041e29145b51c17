using System.Text.RegularExpressions;
using ChiSo.Engine;

namespace ChiSo.Cli.Backups;

internal static partial class PostgresBackup
{
    public static async Task<IReadOnlyList<Problem>> BackupAsync(string connectionString, string file, CancellationToken cancellationToken)
    {
        if (PostgresTools.Find("pg_dump") is not { } pgDump)
        {
            return [ToolMissing("pg_dump")];
        }

        var (connection, password) = PostgresTools.Connection(connectionString);
        var partial = file + ".partial";
        var run = await PostgresTools.RunAsync(pgDump, ["--format=custom", "--no-owner", "--no-privileges", "--file", partial, .. connection], password, cancellationToken).ConfigureAwait(false);
        if (run.ExitCode != 0)
        {
            File.Delete(partial);
            return [DatabaseBackup.Error("DB002", file, "Sao lưu thất bại: " + run.Error.Trim(), "The backup failed: " + run.Error.Trim())];
        }

        File.Move(partial, file, overwrite: true);
        return [];
    }

    public static async Task<IReadOnlyList<Problem>> RestoreAsync(string connectionString, string file, CancellationToken cancellationToken)
    {
        if (PostgresTools.Find("pg_restore") is not { } pgRestore)
        {
            return [ToolMissing("pg_restore")];
        }

        var list = await PostgresTools.RunAsync(pgRestore, ["--list", file], null, cancellationToken).ConfigureAwait(false);
        if (list.ExitCode != 0)
        {
            return [DatabaseBackup.NotChiSo(file, list.Error.Trim())];
        }

        var tables = TableLine().Matches(list.Output).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var missing = DatabaseBackup.RequiredTables.Where(t => !tables.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            return [DatabaseBackup.NotChiSo(file, "missing tables: " + string.Join(", ", missing))];
        }

        // --list reads only the table of contents; rendering the whole archive to nothing reads every data block,
        // so a truncated file is caught here, before the database is touched.
        var read = await PostgresTools.RunAsync(pgRestore, ["--file", "/dev/null", file], null, cancellationToken).ConfigureAwait(false);
        if (read.ExitCode != 0)
        {
            return [DatabaseBackup.NotChiSo(file, read.Error.Trim())];
        }

        var (connection, password) = PostgresTools.Connection(connectionString);
        var restore = await PostgresTools.RunAsync(pgRestore,
            ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", .. connection, file],
            password, cancellationToken).ConfigureAwait(false);
        return restore.ExitCode == 0 ? [] : [DatabaseBackup.Error("DB006", file,
            "Khôi phục thất bại và đã được hoàn tác; cơ sở dữ liệu giữ nguyên: " + restore.Error.Trim(),
            "The restore failed and was rolled back; the database is unchanged: " + restore.Error.Trim())];
    }

    private static Problem ToolMissing(string program) => DatabaseBackup.Error("DB005", null,
        $"Không tìm thấy {program}. Hãy cài gói postgresql-client (apt-get install postgresql-client) hoặc thêm nó vào PATH.",
        $"{program} was not found. Install postgresql-client (apt-get install postgresql-client) or put it on PATH.");

    // A --list line: "215; 1259 16390 TABLE public Units postgres" (the owner is absent with --no-owner dumps).
    [GeneratedRegex(@"^\d+; \d+ \d+ TABLE \S+ (?<name>\S+)", RegexOptions.Multiline)]
    private static partial Regex TableLine();
}
