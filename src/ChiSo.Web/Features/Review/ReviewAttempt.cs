using System.Globalization;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Engine;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Review;

/// <summary>
/// What a reviewer sent for one criterion in the workspace's form, read with bounds before anything else: the points as
/// typed (7,5 or 7.5), the reason, the version seen. Kept to draw the form again when the save is refused, with the
/// stored points beside it when another reviewer saved first. The page has one form (one antiforgery token) for all its
/// criteria, so each criterion's fields carry its code: <c>points:1.2</c>, <c>reason:1.2</c>, <c>version:1.2</c>.
/// </summary>
public sealed record ReviewAttempt(string PointsText, double? Points, string? Reason, int? Version, Bilingual? Problem)
{
    public Bilingual? Refusal { get; init; }

    public CriterionScore? Stored { get; init; }

    private const int MaxPointsText = 32;

    /// <summary>The name of the field carrying <paramref name="what"/> (points, reason, version) of criterion <paramref name="code"/>.</summary>
    public static string Field(string what, string code) => what + ":" + code;

    /// <summary>True when the form carries points for <paramref name="code"/> that are not those stored (or none are stored).</summary>
    public static bool Changed(IFormCollection form, string code, CriterionScore? stored)
    {
        ArgumentNullException.ThrowIfNull(form);
        var text = form[Field("points", code)].ToString().Trim();
        if (text.Length == 0)
        {
            return false;
        }

        var reason = form[Field("reason", code)].ToString();
        return stored?.ReviewerPoints is not { } points
            || !double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var typed)
            || !UnitReview.Same(typed, points) || !string.Equals(reason.Trim(), stored.ReviewerReason ?? "", StringComparison.Ordinal);
    }

    public static ReviewAttempt Read(IFormCollection form, string code)
    {
        ArgumentNullException.ThrowIfNull(form);
        var text = form[Field("points", code)].ToString().Trim();
        var reason = form[Field("reason", code)].ToString();
        var version = int.TryParse(form[Field("version", code)].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
        if (text.Length is 0 or > MaxPointsText
            || !double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var points))
        {
            var shown = text.Length > MaxPointsText ? text[..MaxPointsText] + "…" : text;
            return new ReviewAttempt(shown, null, Bounded(reason), version, new Bilingual(
                $"Điểm thẩm định \"{shown}\" không phải là một số (ví dụ 7,5).", $"The reviewed points \"{shown}\" are not a number (e.g. 7.5)."));
        }

        // Longer reasons reach ReviewPoints, which refuses them with their length; the form shows them back whole.
        return new ReviewAttempt(text, points, reason, version, TextLimits.TooLong(reason, ReviewPoints.MaxReason, "Lý do", "The reason"));
    }

    private static string Bounded(string reason) => reason.Length > ReviewPoints.MaxReason * 4 ? reason[..(ReviewPoints.MaxReason * 4)] : reason;
}
