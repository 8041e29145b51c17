using System.Collections.Immutable;
using System.Globalization;
using ChiSo.Engine;

namespace ChiSo.Data.Units;

/// <summary>
/// A province's body as typed in a form, an API call or a sheet row, before it is checked: text as written.
/// Dates are dd/MM/yyyy (yyyy-MM-dd is read too); <see cref="ValidTo"/> empty while the body exists.
/// </summary>
/// <param name="Line">The sheet row (0 for a form or an API call).</param>
/// <param name="Code">Mã: the body's own code, unique among all units.</param>
/// <param name="Name">Tên.</param>
/// <param name="Type">Loại: sở, ban, ngành, ủy ban…</param>
/// <param name="ParentCode">Đơn vị cấp trên (mã): the province, or another body of it.</param>
/// <param name="ValidFrom">Hiệu lực từ.</param>
/// <param name="ValidTo">Hiệu lực đến (inclusive).</param>
/// <param name="Group">Nhóm so sánh: code or name of a comparison group to put the body in; empty for none.</param>
public sealed record BodyDraft(int Line, string Code, string Name, string Type, string ParentCode, string ValidFrom, string? ValidTo, string? Group = null);

/// <summary>What applying a row does.</summary>
public enum BodyOutcome
{
    Add,
    Update,
    Unchanged,
    Refused,
}

/// <summary>A checked row: its outcome and, when refused, every reason.</summary>
public sealed record BodyRowResult(int Line, string Code, string Name, BodyOutcome Outcome, ImmutableArray<Bilingual> Problems);

/// <summary>Every row's outcome; nothing may be applied unless <see cref="Clean"/>.</summary>
public sealed record BodyCheckResult(ImmutableArray<BodyRowResult> Rows)
{
    public bool Clean => Rows.Length > 0 && Rows.All(r => r.Outcome != BodyOutcome.Refused);

    public int Count(BodyOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}

/// <summary>The dates a person types: dd/MM/yyyy first (d/M/yyyy too), yyyy-MM-dd for scripts.</summary>
public static class BodyDates
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static bool TryRead(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
