using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ChiSo.Engine.Scoring;

/// <summary>
/// A document citation: số hiệu, ngày ban hành, trích yếu, người ký. It is <em>stored</em> structured, as a JSON
/// object <c>{"number":…,"date":…,"summary":…,"signer":…}</c> (<see cref="Encode"/>, <see cref="Decode"/>), so no
/// character in any part can move another. People read and type it (a workbook cell, the API's value) as one line
/// joined by <c>" | "</c> in which a "|" inside a part is written twice (<see cref="Join"/>, <see cref="Split"/>).
/// </summary>
public static class Citation
{
    /// <summary>Number, date issued, summary, signer.</summary>
    public const int PartCount = 4;

    private const string Separator = " | ";

    private static readonly string[] Keys = ["number", "date", "summary", "signer"];

    // Vietnamese stays readable in the database and in audit records; quotes, backslashes and controls are escaped.
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// The stored form of trimmed <paramref name="parts"/> (at most <see cref="PartCount"/>; null counts as empty):
    /// a JSON object with the four parts. Every part empty gives the empty text, which clears the value.
    /// </summary>
    public static string Encode(IReadOnlyList<string?> parts)
    {
        var trimmed = Trimmed(parts);
        if (trimmed.All(p => p.Length == 0))
        {
            return "";
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writing))
        {
            json.WriteStartObject();
            for (var i = 0; i < PartCount; i++)
            {
                json.WriteString(Keys[i], trimmed[i]);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The <see cref="PartCount"/> parts of a stored citation, missing ones empty. Text that is not a stored object
    /// (written before citations were structured, or typed in a workbook cell) is read as <see cref="Split"/> reads it.
    /// </summary>
    public static ImmutableArray<string> Decode(string? stored) =>
        TryObject(stored, out var parts) ? parts : Split(stored);

    /// <summary>True when <paramref name="stored"/> is the structured form that <see cref="Encode"/> writes.</summary>
    public static bool IsEncoded(string? stored) => TryObject(stored, out _);

    /// <summary>
    /// A stored citation as people read it and as a workbook cell holds it: the joined line of a structured citation,
    /// or the text itself when it was stored before citations were structured (so that it reads, and hashes, as it
    /// always did).
    /// </summary>
    public static string Text(string? stored) => TryObject(stored, out var parts) ? Join(parts) : stored ?? "";

    /// <summary>
    /// Joins trimmed <paramref name="parts"/> (at most <see cref="PartCount"/>; null counts as empty) into one line,
    /// with every "|" inside a part doubled. Every part empty gives the empty text.
    /// </summary>
    public static string Join(IReadOnlyList<string?> parts)
    {
        var trimmed = Trimmed(parts);
        return trimmed.All(p => p.Length == 0)
            ? ""
            : string.Join(Separator, trimmed.Select(p => p.Replace("|", "||", StringComparison.Ordinal))).Trim();
    }

    /// <summary>
    /// The <see cref="PartCount"/> parts of a joined line, trimmed, missing ones empty. A doubled "|" is a "|" in the
    /// part; anything after a fourth separator stays in the signer.
    /// </summary>
    public static ImmutableArray<string> Split(string? text)
    {
        var parts = ImmutableArray.CreateBuilder<string>(PartCount);
        var part = new StringBuilder();
        var t = text ?? "";
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] != '|')
            {
                part.Append(t[i]);
            }
            else if (i + 1 < t.Length && t[i + 1] == '|')
            {
                part.Append('|');
                i++;
            }
            else if (parts.Count < PartCount - 1)
            {
                parts.Add(part.ToString().Trim());
                part.Clear();
            }
            else
            {
                part.Append('|');
            }
        }

        parts.Add(part.ToString().Trim());
        while (parts.Count < PartCount)
        {
            parts.Add("");
        }

        return parts.MoveToImmutable();
    }

    private static string[] Trimmed(IReadOnlyList<string?> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count > PartCount)
        {
            throw new ArgumentException($"A citation has {PartCount} parts, not {parts.Count}.", nameof(parts));
        }

        var trimmed = new string[PartCount];
        for (var i = 0; i < PartCount; i++)
        {
            trimmed[i] = i < parts.Count ? parts[i]?.Trim() ?? "" : "";
        }

        return trimmed;
    }

    /// <summary>Reads the stored object: its four keys as strings, in any order; anything else is not one.</summary>
    private static bool TryObject(string? stored, out ImmutableArray<string> parts)
    {
        parts = default;
        if (stored is null || !stored.StartsWith('{'))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(stored, new JsonDocumentOptions { MaxDepth = 2 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var found = new string[PartCount];
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var index = Array.IndexOf(Keys, property.Name);
                if (index < 0 || property.Value.ValueKind != JsonValueKind.String || found[index] is not null)
                {
                    return false;
                }

                found[index] = property.Value.GetString()!;
            }

            if (found.Any(p => p is null))
            {
                return false;
            }

            parts = [.. found];
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
