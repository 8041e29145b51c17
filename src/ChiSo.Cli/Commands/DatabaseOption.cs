using System.CommandLine;
using ChiSo.Data;

namespace ChiSo.Cli.Commands;

/// <summary>
/// The <c>--database</c> option of every command that opens the database, and the one rule for reading it:
/// the option when given; else <c>Database__Provider</c> / <c>Database__ConnectionString</c>; else the embedded file.
/// </summary>
internal static class DatabaseOption
{
    /// <summary>A new option per command tree (a shared static one would collect a parent per build).</summary>
    public static Option<string?> Create() => new("--database")
    {
        Description = "Tệp SQLite hoặc chuỗi kết nối PostgreSQL (Host=…); mặc định theo cấu hình, hoặc ./data/chiso.db / "
            + "a SQLite file or a PostgreSQL connection string (Host=…); default: the configured database, else ./data/chiso.db",
        Recursive = true,
    };

    public static DatabaseOptions Read(string? argument)
    {
        if (!string.IsNullOrWhiteSpace(argument))
        {
            return DatabaseOptions.FromArgument(argument);
        }

        var configured = Environment.GetEnvironmentVariable("Database__ConnectionString");
        var provider = Environment.GetEnvironmentVariable("Database__Provider");
        var options = new DatabaseOptions();
        if (Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var chosen))
        {
            options.Provider = chosen;
        }

        options.ConnectionString = string.IsNullOrWhiteSpace(configured) ? options.ConnectionString : configured;
        return options;
    }
}
