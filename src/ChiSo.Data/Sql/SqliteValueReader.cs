using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using ChiSo.Data.Results;

namespace ChiSo.Data.Sql;

/// <summary>
/// The SQLite form of <see cref="CampaignValueQuery"/>: the same SQL stepped through SQLite's own API on the EF
/// connection. ADO.NET costs two or three native calls per column (a NULL check before every read) and a new string
/// per criterion code and input id; here each column is one call, and names are matched from SQLite's UTF-8 bytes
/// without making a string, so reading 300,000 values costs about what SQLite itself needs.
/// </summary>
internal static class SqliteValueReader
{
    private const int MaxStackName = 256;

    public static void Read(SqliteConnection connection, string sql, int campaignId, int round, CampaignInputs.ValueSet values, CancellationToken cancellationToken)
    {
        var handle = connection.Handle!;
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        using (statement)
        {
            Check(handle, raw.sqlite3_bind_int(statement, raw.sqlite3_bind_parameter_index(statement, "@campaign"), campaignId));
            Check(handle, raw.sqlite3_bind_int(statement, raw.sqlite3_bind_parameter_index(statement, "@round"), round));
            var (criteria, inputs) = (new LastName(values.Criteria), new LastName(values.Inputs));
            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                if ((values.Rows.Count & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                // A value entered as a number is used (and hashed) as that number, so its text is never read.
                var number = Number(statement);
                values.Rows.Add(new CampaignInputs.ValueRow(
                    raw.sqlite3_column_int(statement, 0),
                    raw.sqlite3_column_int(statement, 1),
                    criteria.IdOf(raw.sqlite3_column_blob(statement, 2)),
                    inputs.IdOf(raw.sqlite3_column_blob(statement, 3)),
                    number,
                    number is null ? Text(statement, values) : null));
            }

            if (step != raw.SQLITE_DONE)
            {
                Check(handle, step);
            }
        }
    }

    /// <summary>SQLite reads NULL as 0.0, so only a zero needs the (extra native call) type check.</summary>
    private static double? Number(sqlite3_stmt statement)
    {
        var number = raw.sqlite3_column_double(statement, 4);
        return number == 0 && raw.sqlite3_column_type(statement, 4) == raw.SQLITE_NULL ? null : number;
    }

    private static string? Text(sqlite3_stmt statement, CampaignInputs.ValueSet values)
    {
        if (raw.sqlite3_column_type(statement, 5) == raw.SQLITE_NULL)
        {
            return null;
        }

        var utf8 = raw.sqlite3_column_blob(statement, 5);
        if (utf8.Length > CampaignInputs.ValueSet.MaxSharedText)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[CampaignInputs.ValueSet.MaxSharedText];
        return values.Text(chars[..Encoding.UTF8.GetChars(utf8, chars)]);
    }

    private static int Name(NameTable names, ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxStackName)
        {
            return names.IdOf(Encoding.UTF8.GetString(utf8));
        }

        Span<char> chars = stackalloc char[MaxStackName];
        return names.IdOf(chars[..Encoding.UTF8.GetChars(utf8, chars)]);
    }

    /// <summary>
    /// Rows come in index order (submission, round, criterion, input): a criterion's inputs follow each other, so the
    /// name of the row before is compared byte for byte before the name is decoded and looked up.
    /// </summary>
    private sealed class LastName(NameTable names)
    {
        private readonly byte[] _bytes = new byte[MaxStackName];
        private int _length = -1;
        private int _id;

        public int IdOf(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length == _length && utf8.SequenceEqual(_bytes.AsSpan(0, _length)))
            {
                return _id;
            }

            _id = Name(names, utf8);
            _length = utf8.Length <= MaxStackName ? utf8.Length : -1;
            if (_length >= 0)
            {
                utf8.CopyTo(_bytes);
            }

            return _id;
        }
    }

    private static void Check(sqlite3 handle, int code)
    {
        if (code != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), code);
        }
    }
}
