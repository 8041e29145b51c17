using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using ChiSo.Data.Submissions;

namespace ChiSo.Data.Sql;

/// <summary>
/// The SQLite half of <see cref="InputValueBulkLoader"/>: INSERTs of <see cref="RowsPerStatement"/> rows each, one
/// prepared statement stepped again and again, parameters bound by position through SQLite's own API. (ADO.NET
/// finds every parameter by name on every execution, which makes wide statements quadratic; SQLite has no COPY.)
/// The statements run on the EF connection, so they are inside its open transaction.
/// </summary>
internal static class SqliteInserts
{
    /// <summary>11 columns × 100 rows = 1,100 parameters, well under SQLite's 32,766 limit.</summary>
    public const int RowsPerStatement = 100;

    /// <summary>The text form Microsoft.Data.Sqlite (and so EF) gives a DateTime parameter.</summary>
    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    public static void Write(SqliteConnection connection, InputValueTable table, IReadOnlyList<InputValue> rows, CancellationToken cancellationToken)
    {
        var handle = connection.Handle!;
        var full = rows.Count / RowsPerStatement;
        var rest = rows.Count % RowsPerStatement;
        var buffer = new byte[256];
        if (full > 0)
        {
            Check(handle, raw.sqlite3_prepare_v2(handle, InsertSql(table, RowsPerStatement), out var statement));
            using (statement)
            {
                for (var chunk = 0; chunk < full; chunk++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Execute(handle, statement, table, rows, chunk * RowsPerStatement, RowsPerStatement, ref buffer);
                }
            }
        }

        if (rest > 0)
        {
            Check(handle, raw.sqlite3_prepare_v2(handle, InsertSql(table, rest), out var statement));
            using (statement)
            {
                Execute(handle, statement, table, rows, full * RowsPerStatement, rest, ref buffer);
            }
        }
    }

    private static void Execute(sqlite3 handle, sqlite3_stmt statement, InputValueTable table, IReadOnlyList<InputValue> rows, int first, int count, ref byte[] buffer)
    {
        var columns = table.Columns;
        var index = 1;
        for (var r = first; r < first + count; r++)
        {
            foreach (var column in columns)
            {
                Check(handle, Bind(statement, index++, column.Value(rows[r]), ref buffer));
            }
        }

        var step = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (step != raw.SQLITE_DONE)
        {
            Check(handle, step);
        }
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value, ref byte[] buffer) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        int number => raw.sqlite3_bind_int(statement, index, number),
        double number => raw.sqlite3_bind_double(statement, index, number),
        string text => BindText(statement, index, text, ref buffer),
        DateTime at => BindText(statement, index, at.ToString(DateTimeFormat, CultureInfo.InvariantCulture), ref buffer),
        _ => throw new NotSupportedException($"The bulk loader cannot write a {value.GetType().Name}."),
    };

    /// <summary>UTF-8 into a reused buffer; SQLite copies bound text, so the buffer can be overwritten at once.</summary>
    private static int BindText(sqlite3_stmt statement, int index, string text, ref byte[] buffer)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (length > buffer.Length)
        {
            buffer = new byte[length];
        }

        return raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)));
    }

    private static void Check(sqlite3 handle, int code)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE))
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), code, raw.sqlite3_extended_errcode(handle));
        }
    }

    private static string InsertSql(InputValueTable table, int size)
    {
        var sql = new StringBuilder("INSERT INTO ").Append(table.Name).Append(" (")
            .AppendJoin(", ", table.Columns.Select(c => c.Name)).Append(") VALUES ");
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", table.Columns.Length)) + ")";
        return sql.AppendJoin(", ", Enumerable.Repeat(row, size)).ToString();
    }
}
