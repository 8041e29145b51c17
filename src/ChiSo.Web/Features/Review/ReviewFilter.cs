using ChiSo.Data.Review;
using ChiSo.Engine;

namespace ChiSo.Web.Features.Review;

/// <summary>Which criteria the unit's review shows (the <c>filter</c> query parameter).</summary>
public enum ReviewFilter
{
    All,

    /// <summary>Reviewed points differ from the unit's own.</summary>
    Disputed,

    /// <summary>Reviewed points differ from the rule's (they carry a reason).</summary>
    Changed,

    /// <summary>No evidence file or citation.</summary>
    NoEvidence,

    /// <summary>Not yet reviewed.</summary>
    Todo,
}

public static class ReviewFilters
{
    private static readonly (string Slug, ReviewFilter Filter, string Vi, string En)[] Known =
    [
        ("all", ReviewFilter.All, "Tất cả", "All"),
        ("todo", ReviewFilter.Todo, "Chưa thẩm định", "Not yet reviewed"),
        ("disputed", ReviewFilter.Disputed, "Khác điểm tự đánh giá", "Differ from the unit's points"),
        ("changed", ReviewFilter.Changed, "Khác điểm theo quy tắc", "Differ from the rule's points"),
        ("no-evidence", ReviewFilter.NoEvidence, "Không có minh chứng", "No evidence"),
    ];

    public static IEnumerable<(string Slug, ReviewFilter Filter, string Vi, string En)> All => Known;

    public static string Slug(ReviewFilter filter) => Known.First(k => k.Filter == filter).Slug;

    /// <summary>The filter a query names (absent: all), or the refusal of anything else.</summary>
    public static (ReviewFilter Filter, Bilingual? Problem) Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (ReviewFilter.All, null);
        }

        foreach (var k in Known)
        {
            if (string.Equals(k.Slug, text, StringComparison.Ordinal))
            {
                return (k.Filter, null);
            }
        }

        return (ReviewFilter.All, new Bilingual(
            "Bộ lọc không hợp lệ. Chọn một trong: " + string.Join(", ", Known.Select(k => k.Slug)) + ".",
            "Unknown filter. Choose one of: " + string.Join(", ", Known.Select(k => k.Slug)) + "."));
    }

    public static bool Keeps(ReviewFilter filter, ReviewedCriterion criterion, bool hasEvidence)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return filter switch
        {
            ReviewFilter.All => true,
            ReviewFilter.Disputed => criterion.Disputed,
            ReviewFilter.Changed => criterion.Changed,
            ReviewFilter.NoEvidence => !hasEvidence,
            ReviewFilter.Todo => !criterion.IsReviewed,
        };
    }
}
