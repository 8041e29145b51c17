using System.Collections.Immutable;
using System.Text;

namespace ChiSo.Engine.Scoring;

/// <summary>
/// The text a document citation is stored as: số hiệu | ngày ban hành | trích yếu | người ký, joined by
/// <c>" | "</c>. A "|" inside a part is written twice ("||"), so no character in a part can move the others; a
/// citation without "|" in its parts keeps exactly the text it has always had.
/// </summary>
public static class Citation
{
    /// <summary>Number, date issued, summary, signer.</summary>
    public const int PartCount = 4;

    private const string Separator = " | ";

    /// <summary>
    /// Joins trimmed <paramref name="parts"/> (at most <see cref="PartCount"/>; null counts as empty). Every part
    /// empty gives the empty text, which clears the value.
    /// </summary>
    public static string Join(IReadOnlyList<string?> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count > PartCount)
        {
            throw new ArgumentException($"A citation has {PartCount} parts, not {parts.Count}.", nameof(parts));
        }

        var trimmed = parts.Select(p => p?.Trim() ?? "").ToArray();
        return trimmed.All(p => p.Length == 0)
            ? ""
            : string.Join(Separator, trimmed.Select(p => p.Replace("|", "||", StringComparison.Ordinal))).Trim();
    }

    /// <summary>
    /// The <see cref="PartCount"/> parts of a stored citation, trimmed, missing ones empty. Text written before parts
    /// were structured reads as it always did; anything after a fourth separator stays in the signer.
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
}
