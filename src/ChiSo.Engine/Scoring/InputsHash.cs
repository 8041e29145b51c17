using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChiSo.Engine.Scoring;

/// <summary>One stored input value of one unit, as it goes into a computation.</summary>
/// <param name="UnitCode">The unit's official code.</param>
/// <param name="CriterionCode">The criterion's code.</param>
/// <param name="InputId">The input's id within the criterion.</param>
/// <param name="Number">The value when entered as a number.</param>
/// <param name="Text">The value when entered as text (an option key, a date, a citation).</param>
public readonly record struct InputRow(string UnitCode, string CriterionCode, string InputId, double? Number, string? Text);

/// <summary>
/// The SHA-256 of a set of input values, independent of the order they were read in: rows are sorted by unit
/// code, criterion code and input id (ordinal), and each is hashed as the UTF-8 line
/// <c>unit TAB criterion TAB input TAB value LF</c>, where value is <c>N</c> + the number in invariant round-trip
/// form ("R"), <c>T</c> + the text with backslash, tab and line breaks escaped, or <c>-</c> when empty.
/// </summary>
public static class InputsHash
{
    /// <summary>The hash as 64 lowercase hexadecimal digits.</summary>
    public static string Compute(IReadOnlyList<InputRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var order = new int[rows.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Rows read from a database with an ORDER BY are already sorted: checking is linear, sorting is not.
        if (!IsSorted(rows))
        {
            Array.Sort(order, (a, b) => Compare(rows[a], rows[b]));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        foreach (var i in order)
        {
            Append(buffer, rows[i]);
            if (buffer.WrittenCount > 60 * 1024)
            {
                hash.AppendData(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }

        hash.AppendData(buffer.WrittenSpan);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool IsSorted(IReadOnlyList<InputRow> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (Compare(rows[i - 1], rows[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int Compare(in InputRow a, in InputRow b)
    {
        var c = string.CompareOrdinal(a.UnitCode, b.UnitCode);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.CriterionCode, b.CriterionCode);
        }

        return c != 0 ? c : string.CompareOrdinal(a.InputId, b.InputId);
    }

    private static void Append(ArrayBufferWriter<byte> buffer, in InputRow row)
    {
        Write(buffer, row.UnitCode);
        Write(buffer, "\t");
        Write(buffer, row.CriterionCode);
        Write(buffer, "\t");
        Write(buffer, row.InputId);
        if (row.Number is { } number)
        {
            Span<char> chars = stackalloc char[40];
            number.TryFormat(chars, out var length, "R", CultureInfo.InvariantCulture);
            Write(buffer, "\tN");
            Write(buffer, chars[..length]);
        }
        else if (!string.IsNullOrEmpty(row.Text))
        {
            Write(buffer, "\tT");
            Write(buffer, Escape(row.Text));
        }
        else
        {
            Write(buffer, "\t-");
        }

        Write(buffer, "\n");
    }

    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny("\\\t\r\n") < 0
            ? text
            : text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
                .Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static void Write(ArrayBufferWriter<byte> buffer, ReadOnlySpan<char> text)
    {
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        buffer.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
