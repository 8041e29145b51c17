using System.Globalization;
using System.Text;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Engine.Formulas;
using ChiSo.Web.Features.Evidence;
using ChiSo.Web.Features.Shared;
using ChiSo.Web.Features.Submitting;
using Microsoft.AspNetCore.Components;

namespace ChiSo.Web.Features.Review;

/// <summary>
/// One criterion under review as HTML: inputs, evidence, the three points side by side, and the reviewer's fields.
/// Written in one pass into one string (one frame for the page's renderer) instead of two Razor components per
/// criterion: a 100-criterion workspace drew about 50,000 small writes and 2,9 MB of render buffers per request, and
/// the collector's work for them was most of the page's time (issue 13 §7, ADR 0026). Every text and attribute value
/// goes through the pages' own encoder (<see cref="WebSetup.PageEncoder"/>), as Razor's output does.
/// </summary>
public static class ReviewCardHtml
{
    /// <summary>Offered for accepting in bulk: the viewer may set it, it is not reviewed, and the unit's points are the rule's (AcceptRulePointsAsync skips the rest).</summary>
    public static bool Offered(WorkspaceUnitView view, ReviewedCriterion criterion) =>
        view.MaySave(criterion.Code) && !criterion.IsReviewed && !criterion.SelfDiffersFromRule && !double.IsNaN(criterion.RulePoints);

    public static MarkupString Render(WorkspaceUnitView view, ReviewedCriterion criterion, WindowState? window, ReviewAttempt? attempt)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(criterion);
        var h = new Html(new StringBuilder(4096));
        var review = view.Review;
        var node = review.Plan.Nodes[criterion.Node];
        var definition = node.Definition;
        var code = HtmlIds.Of(criterion.Code);
        var id = "c-" + code;
        var score = criterion.Score;
        var evidence = view.Evidence[criterion.Code].ToList();

        h.Raw("<article").Attr("class", $"criterion card review {(criterion.IsReviewed ? "reviewed" : "todo")} {(criterion.Disputed ? "disputed" : "")}")
            .Attr("id", id).Attr("aria-labelledby", id + "-h").Attr("data-criterion", criterion.Code).Raw(">");
        h.Raw("<header class=\"criterion-head\"><h2").Attr("id", id + "-h").Raw("><span class=\"code\">").Text(criterion.Code).Raw("</span> ")
            .Text(L.IsEnglish && definition?.NameEn is { Length: > 0 } en ? en : node.Name).Raw("</h2>");
        h.Raw("<p class=\"points\">").Text($"{L.T("Tối đa", "Max")} {ReviewValues.Points(criterion.MaxPoints)} {L.T("điểm", "points")}").Raw("</p></header>");
        if (definition?.Score is { Length: > 0 } rule)
        {
            var words = FormulaWords.Describe(definition);
            h.Raw("<p class=\"rule\"><span class=\"label\">").Text(L.T("Cách tính điểm", "Scoring rule")).Raw(":</span> ")
                .Text(words is { } w ? L.T(w.Vi, w.En) : rule).Raw("</p>");
        }

        h.Raw("<dl class=\"facts inputs\">");
        foreach (var input in node.Inputs)
        {
            var value = review.Values.GetValueOrDefault((criterion.Code, input.Id));
            h.Raw("<div><dt>").Text(input.Label ?? input.Id).Raw("</dt><dd>").Text(ReviewValues.Shown(input, value));
            if (value?.Round == Rounds.First)
            {
                h.Raw(" <span class=\"meta\">(").Text(L.T("giá trị vòng 1", "round-1 value")).Raw(")</span>");
            }

            h.Raw("</dd></div>");
        }

        h.Raw("</dl>");
        Evidence(h, review, evidence, window);
        Points(h, criterion, score);
        if ((attempt?.Refusal ?? attempt?.Problem) is { } refusal)
        {
            h.Raw("<div class=\"alert error\" role=\"alert\"><p>").Text(L.T(refusal.Vi, refusal.En)).Raw("</p>");
            if (attempt?.Stored is { } stored)
            {
                h.Raw("<p class=\"conflict\"><strong>").Text(L.T("Điểm đã lưu", "Stored points")).Raw(":</strong> ")
                    .Text($"{ReviewValues.Points(stored.ReviewerPoints ?? double.NaN)} — {stored.ReviewedBy}, {(stored.ReviewedAt is { } at ? L.Date(at) : "")}{(stored.ReviewerReason is { Length: > 0 } r ? $" — {r}" : "")}")
                    .Raw("</p><p class=\"conflict\"><strong>").Text(L.T("Điểm của bạn (chưa lưu)", "Your points (not saved)")).Raw(":</strong> ")
                    .Text($"{attempt.PointsText}{(attempt.Reason is { Length: > 0 } mine ? $" — {mine}" : "")}").Raw("</p>");
            }

            h.Raw("</div>");
        }

        h.Raw("<div class=\"review-form\"").Attr("data-rule", ReviewValues.Field(criterion.RulePoints)).Raw(">");
        Fields(h, view, criterion, code, attempt);
        h.Raw("</div>");
        if (Offered(view, criterion))
        {
            h.Raw("<p class=\"accept-choice\"><label><input type=\"checkbox\" name=\"accept\"").Attr("value", criterion.Code)
                .Raw(" form=\"accept-form\" data-accept /> ").Text(L.T("Chọn để chấp nhận điểm theo quy tắc", "Select to accept the rule's points")).Raw("</label></p>");
        }

        h.Raw("</article>\n");
        return new MarkupString(h.ToString());
    }

    private static void Evidence(Html h, UnitReview review, List<EvidenceView> evidence, WindowState? window)
    {
        h.Raw("<section class=\"evidence-panel\"").Attr("aria-label", L.T("Minh chứng", "Evidence")).Raw("><h3>")
            .Text($"{L.T("Minh chứng", "Evidence")} ({evidence.Count})").Raw("</h3>");
        if (evidence.Count == 0)
        {
            h.Raw("<p class=\"meta\">").Text(L.T("Đơn vị không gửi minh chứng cho tiêu chí này.", "The unit sent no evidence for this criterion.")).Raw("</p></section>");
            return;
        }

        h.Raw("<ul class=\"evidence-list\">");
        foreach (var item in evidence)
        {
            h.Raw("<li>");
            if (item.Kind == EvidenceKind.File)
            {
                var opens = item.ContentType?.Split(';')[0].Trim() is "application/pdf" or "image/png" or "image/jpeg";
                h.Raw("<a").Attr("href", $"/campaigns/{review.CampaignId}/review/evidence/{item.Id}").Attr("target", opens ? "_blank" : null)
                    .Raw(" rel=\"noopener\">").Text(item.FileName).Raw("</a> <span class=\"meta\">")
                    .Text($"({(opens ? L.T("mở trong trình duyệt", "opens in the browser") : L.T("tải về", "download"))} · {L.Number((item.Size ?? 0) / 1024.0, 1)} KB · {item.AddedBy} · {L.Date(item.AddedAt)})")
                    .Raw("</span>");
            }
            else
            {
                h.Raw("<span>").Text($"{L.T("Văn bản số", "Document no.")} {item.DocumentNumber} {L.T("ngày", "of")} {(item.DocumentDate is { } d ? L.Date(d) : "")} — {item.Summary} ({item.Signer})").Raw("</span>");
                var problems = window is null ? [] : CitationCheck.Check(new CitationRequest(item.Criterion, item.DocumentNumber,
                    item.DocumentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), item.Summary, item.Signer), window).Problems;
                if (problems.Count == 0)
                {
                    h.Raw(" <span class=\"check ok\">✓ ").Text(L.T("Trích dẫn đủ thông tin, ngày trong kỳ đánh giá", "Complete citation, dated within the assessment period")).Raw("</span>");
                }
                else
                {
                    h.Raw("<ul class=\"checks\">");
                    foreach (var problem in problems)
                    {
                        h.Raw("<li class=\"check warning\">").Text(L.T(problem.Vi, problem.En)).Raw("</li>");
                    }

                    h.Raw("</ul>");
                }
            }

            h.Raw("</li>");
        }

        h.Raw("</ul></section>");
    }

    private static void Points(Html h, ReviewedCriterion criterion, CriterionScore? score)
    {
        h.Raw("<table class=\"data points-side\"><thead><tr><th scope=\"col\">").Text(L.T("Tự đánh giá", "Self-assessed"))
            .Raw("</th><th scope=\"col\">").Text(L.T("Theo quy tắc", "By the rule"))
            .Raw("</th><th scope=\"col\">").Text(L.T("Thẩm định", "Reviewed")).Raw("</th></tr></thead><tbody><tr><td data-self>")
            .Text(ReviewValues.Points(criterion.SelfPoints)).Raw("</td><td data-rule>").Text(ReviewValues.Points(criterion.RulePoints)).Raw("</td><td data-reviewed>");
        if (score?.ReviewerPoints is { } reviewed)
        {
            h.Raw("<strong>").Text(ReviewValues.Points(reviewed)).Raw("</strong> <span class=\"meta\">")
                .Text($"{score.ReviewedBy} · {(score.ReviewedAt is { } at ? L.Date(at) : "")}").Raw("</span>");
            if (score.ReviewerReason is { Length: > 0 } why)
            {
                h.Raw("<br /><span class=\"reason\">").Text($"{L.T("Lý do", "Reason")}: {why}").Raw("</span>");
            }
        }
        else
        {
            h.Raw("<span class=\"meta\">").Text(L.T("Chưa thẩm định", "Not yet reviewed")).Raw("</span>");
        }

        h.Raw("</td></tr></tbody></table>");
    }

    // The reviewed points and reason as the form's fields; the attempt when a save was refused.
    private static void Fields(Html h, WorkspaceUnitView view, ReviewedCriterion criterion, string id, ReviewAttempt? attempt)
    {
        var score = criterion.Score;
        var points = attempt?.PointsText ?? ReviewValues.Field(score?.ReviewerPoints);
        var reason = attempt?.Reason ?? score?.ReviewerReason ?? "";
        // After a conflict the form carries the stored version: saving again is a choice made knowing the other points.
        var version = (attempt?.Stored ?? score)?.Version.ToString(CultureInfo.InvariantCulture) ?? "";
        var editable = view.MaySave(criterion.Code);
        h.Raw("<input type=\"hidden\"").Attr("name", ReviewAttempt.Field("version", criterion.Code)).Attr("value", version).Raw(" />");
        h.Raw("<div class=\"field\"><label").Attr("for", "rp-" + id).Raw(">")
            .Text($"{L.T("Điểm thẩm định", "Reviewed points")} (0–{ReviewValues.Points(criterion.MaxPoints)})").Raw("</label>");
        h.Raw("<input").Attr("id", "rp-" + id).Attr("name", ReviewAttempt.Field("points", criterion.Code))
            .Raw(" type=\"number\" inputmode=\"decimal\" step=\"any\" min=\"0\"").Attr("max", ReviewValues.Field(criterion.MaxPoints))
            .Attr("value", points).Flag("disabled", !editable).Raw(" data-points /></div>");
        h.Raw("<div class=\"field wide\"><label").Attr("for", "rr-" + id).Raw(">")
            .Text(L.T("Lý do (bắt buộc khi khác điểm theo quy tắc)", "Reason (required when the points differ from the rule's)")).Raw("</label>");
        h.Raw("<textarea").Attr("id", "rr-" + id).Attr("name", ReviewAttempt.Field("reason", criterion.Code)).Raw(" rows=\"2\"")
            .Attr("maxlength", ReviewPoints.MaxReason.ToString(CultureInfo.InvariantCulture)).Flag("disabled", !editable).Raw(" data-reason>")
            .Text(reason).Raw("</textarea></div>");
        if (editable)
        {
            h.Raw("<button type=\"submit\" class=\"primary\" name=\"save\"").Attr("value", criterion.Code).Raw(">")
                .Text(L.T("Lưu điểm thẩm định", "Save the reviewed points")).Raw("</button>");
        }
    }

    /// <summary>Appends markup as written, or text and attribute values encoded.</summary>
    private readonly struct Html(StringBuilder builder)
    {

        public Html Raw(string markup)
        {
            builder.Append(markup);
            return this;
        }

        public Html Text(string? text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                builder.Append(WebSetup.PageEncoder.Encode(text)); // the same string when nothing needs encoding
            }

            return this;
        }

        /// <summary>An attribute with its value encoded; left out when the value is null, as Razor does.</summary>
        public Html Attr(string name, string? value)
        {
            if (value is null)
            {
                return this;
            }

            builder.Append(' ').Append(name).Append("=\"");
            Text(value);
            builder.Append('"');
            return this;
        }

        /// <summary>A boolean attribute: written bare when true, left out when false.</summary>
        public Html Flag(string name, bool on)
        {
            if (on)
            {
                builder.Append(' ').Append(name);
            }

            return this;
        }

        public override string ToString() => builder.ToString();
    }
}
