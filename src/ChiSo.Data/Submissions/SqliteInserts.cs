using System.Data.Common;
using System.Text;

namespace ChiSo.Data.Submissions;

/// <summary>
/// The SQLite half of <see cref="InputValueBulkLoader"/>: INSERTs of <see cref="RowsPerStatement"/> rows each, one
/// prepared command whose parameters are rebound per chunk (SQLite has no COPY; fewer, wider statements cut the
/// per-statement cost that dominates single-row inserts).
/// </summary>
internal static class SqliteInserts
{
    /// <summary>11 columns × 200 rows = 2,200 parameters, well under SQLite's 32,766 limit.</summary>
    public const int RowsPerStatement = 200;

    public static async Task WriteAsync(DbTransaction transaction, InputValueTable table, IReadOnlyList<InputValue> rows, CancellationToken cancellationToken)
    {
        var full = rows.Count / RowsPerStatement;
        if (full > 0)
        {
            await WriteChunksAsync(transaction, table, rows, 0, full, RowsPerStatement, cancellationToken).ConfigureAwait(false);
        }

        var rest = rows.Count - (full * RowsPerStatement);
        if (rest > 0)
        {
            await WriteChunksAsync(transaction, table, rows, full * RowsPerStatement, 1, rest, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteChunksAsync(
        DbTransaction transaction, InputValueTable table, IReadOnlyList<InputValue> rows, int start, int chunks, int size, CancellationToken cancellationToken)
    {
        var command = transaction.Connection!.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = InsertSql(table, size);
            var columns = table.Columns;
            var parameters = new DbParameter[size * columns.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var column = columns[i % columns.Length];
                parameters[i] = column.Mapping.CreateParameter(command, "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, nullable: true);
                command.Parameters.Add(parameters[i]);
            }

            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                var first = start + (chunk * size);
                for (var r = 0; r < size; r++)
                {
                    var row = rows[first + r];
                    for (var c = 0; c < columns.Length; c++)
                    {
                        parameters[(r * columns.Length) + c].Value = columns[c].Value(row) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string InsertSql(InputValueTable table, int size)
    {
        var columns = table.Columns.Length;
        var sql = new StringBuilder("INSERT INTO ").Append(table.Name).Append(" (")
            .AppendJoin(", ", table.Columns.Select(c => c.Name)).Append(") VALUES ");
        for (var r = 0; r < size; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                sql.Append(c == 0 ? "@p" : ", @p").Append((r * columns) + c);
            }

            sql.Append(')');
        }

        return sql.ToString();
    }
}
