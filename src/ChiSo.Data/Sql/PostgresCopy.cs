using Npgsql;
using NpgsqlTypes;
using ChiSo.Data.Submissions;

namespace ChiSo.Data.Sql;

/// <summary>The PostgreSQL half of <see cref="InputValueBulkLoader"/>: one binary COPY, typed writes (no text parsing).</summary>
internal static class PostgresCopy
{
    public static async Task WriteAsync(NpgsqlConnection connection, InputValueTable table, IReadOnlyList<InputValue> rows, CancellationToken cancellationToken)
    {
        var columns = table.Columns;
        var sql = $"COPY {table.Name} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        var writer = await connection.BeginBinaryImportAsync(sql, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                foreach (var column in columns)
                {
                    await WriteValueAsync(writer, column.PostgresType, column.Value(row), cancellationToken).ConfigureAwait(false);
                }
            }

            // Without Complete, disposing the importer cancels the COPY: nothing of it is kept.
            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task WriteValueAsync(NpgsqlBinaryImporter writer, NpgsqlDbType type, object? value, CancellationToken cancellationToken) =>
        value switch
        {
            null => writer.WriteNullAsync(cancellationToken),
            int number => writer.WriteAsync(number, type, cancellationToken),
            double number => writer.WriteAsync(number, type, cancellationToken),
            string text => writer.WriteAsync(text, type, cancellationToken),
            DateTime at => writer.WriteAsync(at, type, cancellationToken),
            _ => throw new NotSupportedException($"The bulk loader cannot write a {value.GetType().Name}."),
        };
}
