using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Units;

/// <summary>What a search of the units asks: words of the name or code, a level, a province, a date.</summary>
/// <param name="Text">Words that must all appear in the name (diacritics and case ignored) or start the code.</param>
/// <param name="Level">Only this level; all when null.</param>
/// <param name="ProvinceId">Only units under this province (children and grandchildren); all when null.</param>
/// <param name="On">Only units valid on this day; every period when null.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Rows per page (1–<see cref="UnitSearch.MaxPageSize"/>).</param>
public sealed record UnitQuery(string? Text, UnitLevel? Level, int? ProvinceId, DateOnly? On, int Page = 1, int PageSize = UnitSearch.DefaultPageSize);

/// <summary>A unit as the lists show it.</summary>
public sealed record UnitRow(
    int Id, string Code, string Name, UnitLevel Level, string Type, int? ParentId, string? ParentName, DateOnly ValidFrom, DateOnly? ValidTo)
{
    /// <summary>A province's own body (sở, ban, ngành…), kept in the app; every other level comes from the registry.</summary>
    public bool IsBody => UnitBodies.IsBody(Level);
}

/// <summary>One page of a search, with the number of units found in all.</summary>
public sealed record UnitResults(int Total, int Page, int PageSize, IReadOnlyList<UnitRow> Items);

/// <summary>
/// Lists and searches the units. The name search ignores diacritics and case ("quang tri" finds "Quảng Trị", "hue"
/// finds "Huế") on SQLite and PostgreSQL alike by folding in memory: the filters that SQL can apply (level, province,
/// date) run first, and what is left is bounded by the country's registry (about 13,500 versions of every unit since
/// 2025, plus the provinces' bodies). Measured on the shared 2-core machine under load (UnitSearchTests writes it):
/// a word over every version of every unit 216–247 ms, over the current provinces 42–102 ms, on PostgreSQL and SQLite.
/// A stored folded column would need a migration and a fill on every write path (registry import, demo, bodies);
/// it is the next step if the lists grow past the registry's size.
/// </summary>
public static class UnitSearch
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    /// <summary>Longest search text accepted; the hosts refuse longer ones.</summary>
    public const int MaxTextLength = 100;

    public static async Task<UnitResults> SearchAsync(ChiSoDbContext db, UnitQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var units = Filtered(db, query);
        var words = Words(query.Text);
        if (words.Length == 0)
        {
            var total = await units.CountAsync(cancellationToken).ConfigureAwait(false);
            var items = await Rows(units.OrderBy(u => u.Level).ThenBy(u => u.Code).ThenBy(u => u.ValidFrom).Skip((page - 1) * size).Take(size))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return new UnitResults(total, page, size, items);
        }

        var found = (await units.Select(u => new { u.Id, u.Code, u.Name, u.Level, u.ValidFrom }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(u => Matches(words, u.Code, u.Name))
            .OrderBy(u => u.Level).ThenBy(u => u.Code, StringComparer.Ordinal).ThenBy(u => u.ValidFrom)
            .Select(u => u.Id).ToList();
        var ids = found.Skip((page - 1) * size).Take(size).ToList();
        var rows = (await Rows(db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Id);
        return new UnitResults(found.Count, page, size, [.. ids.Select(id => rows[id])]);
    }

    /// <summary>Lower case without diacritics, đ as d, spaces collapsed: "Thành phố Huế" → "thanh pho hue".</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    folded.Append(' ');
                }

                space = true;
                continue;
            }

            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            space = false;
        }

        return folded.ToString().TrimEnd();
    }

    /// <summary>The folded words of a search text.</summary>
    public static string[] Words(string? text) => Fold(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool Matches(string[] words, string code, string name) => MatchesFolded(words, code, Fold(name));

    /// <summary>
    /// Every word is in the already folded name, or the one word starts the code: the one search rule of unit lists
    /// (the public ranking folds its names once per snapshot and asks this).
    /// </summary>
    public static bool MatchesFolded(string[] words, string code, string foldedName)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(foldedName);
        if (words.Length == 1 && code.StartsWith(words[0], StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var word in words)
        {
            if (!foldedName.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static IQueryable<Unit> Filtered(ChiSoDbContext db, UnitQuery query)
    {
        var units = db.Units.AsNoTracking();
        if (query.Level is { } level)
        {
            units = units.Where(u => u.Level == level);
        }

        if (query.ProvinceId is { } province)
        {
            units = units.Where(u => u.ParentId == province || (u.Parent != null && u.Parent.ParentId == province));
        }

        if (query.On is { } on)
        {
            units = units.Where(u => u.ValidFrom <= on && (u.ValidTo == null || u.ValidTo >= on));
        }

        return units;
    }

    private static IQueryable<UnitRow> Rows(IQueryable<Unit> units) => units.Select(u => new UnitRow(
        u.Id, u.Code, u.Name, u.Level, u.Type, u.ParentId, u.Parent == null ? null : u.Parent.Name, u.ValidFrom, u.ValidTo));
}
