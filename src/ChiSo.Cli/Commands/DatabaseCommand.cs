using System.CommandLine;
using ChiSo.Data;
using ChiSo.Cli.Backups;

namespace ChiSo.Cli.Commands;

/// <summary><c>chiso database migrate | backup FILE | restore FILE</c> on SQLite or PostgreSQL.</summary>
internal static class DatabaseCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var database = DatabaseOption.Create();
        var command = new Command("database", "Quản lý cơ sở dữ liệu: cập nhật cấu trúc, sao lưu, khôi phục / migrate, back up, restore") { database };

        var migrate = new Command("migrate", "Tạo hoặc cập nhật cấu trúc cơ sở dữ liệu / create or migrate the database");
        migrate.SetAction((result, cancel) => MigrateAsync(Options(result.GetValue(database)), context(result), cancel));

        var backupFile = new Argument<string>("file") { Description = "Tệp sao lưu sẽ ghi / the backup file to write" };
        var backup = new Command("backup", "Sao lưu toàn bộ cơ sở dữ liệu vào một tệp / back up the whole database to one file") { backupFile };
        backup.SetAction((result, cancel) => BackupAsync(Options(result.GetValue(database)), result.GetValue(backupFile)!, context(result), cancel));

        var restoreFile = new Argument<string>("file") { Description = "Tệp sao lưu của ChiSo / a ChiSo backup file" };
        var restore = new Command("restore", "Khôi phục cơ sở dữ liệu từ tệp sao lưu (thay toàn bộ dữ liệu hiện có) / restore from a backup, replacing all data") { restoreFile };
        restore.SetAction((result, cancel) => RestoreAsync(Options(result.GetValue(database)), result.GetValue(restoreFile)!, context(result), cancel));

        command.Subcommands.Add(migrate);
        command.Subcommands.Add(backup);
        command.Subcommands.Add(restore);
        return command;
    }

    /// <summary>Kept for the tests and callers that read the option's value: see <see cref="DatabaseOption.Read"/>.</summary>
    internal static DatabaseOptions Options(string? argument) => DatabaseOption.Read(argument);

    private static async Task<int> MigrateAsync(DatabaseOptions options, CliContext context, CancellationToken cancel)
    {
        await ChiSoDatabase.MigrateAsync(options, cancel);
        context.Out.WriteLine(context.T($"✓ Cơ sở dữ liệu {Describe(options)} đã ở phiên bản mới nhất.", $"✓ The database {Describe(options)} is up to date."));
        return ExitCodes.Ok;
    }

    private static async Task<int> BackupAsync(DatabaseOptions options, string file, CliContext context, CancellationToken cancel)
    {
        if (context.Report(await DatabaseBackup.BackupAsync(options, file, cancel)) > 0)
        {
            return ExitCodes.InputProblems;
        }

        context.Out.WriteLine(context.T($"✓ Đã sao lưu {Describe(options)} vào {file}.", $"✓ Backed up {Describe(options)} to {file}."));
        return ExitCodes.Ok;
    }

    private static async Task<int> RestoreAsync(DatabaseOptions options, string file, CliContext context, CancellationToken cancel)
    {
        if (context.Report(await DatabaseBackup.RestoreAsync(options, file, cancel)) > 0)
        {
            return ExitCodes.InputProblems;
        }

        context.Out.WriteLine(context.T($"✓ Đã khôi phục {Describe(options)} từ {file}.", $"✓ Restored {Describe(options)} from {file}."));
        return ExitCodes.Ok;
    }

    // Never print a PostgreSQL connection string: it may carry a password.
    private static string Describe(DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            return ChiSoDatabase.SqliteFile(options.ConnectionString) ?? "SQLite";
        }

        var postgres = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString);
        return $"PostgreSQL {postgres.Host}/{postgres.Database}";
    }
}
