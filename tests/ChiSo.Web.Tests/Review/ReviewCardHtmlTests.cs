using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Files;
using ChiSo.Web.Features.Evidence;
using ChiSo.Web.Features.Review;
using ChiSo.Web.Tests.Progress;

namespace ChiSo.Web.Tests.Review;

/// <summary>The workspace's criterion card is written in C#, outside Razor: everything a person typed must come out as text.</summary>
public sealed class ReviewCardHtmlTests
{
    [Fact]
    public void Render_MarkupInANameAReasonAndAnAttempt_IsWrittenAsTextWithVietnameseLettersKept()
    {
        var yaml = MiniCampaign.Yaml.Replace("Tỷ lệ cán bộ được tập huấn", "<b>Cán bộ</b> & \"tập huấn\"", StringComparison.Ordinal);
        var plan = new ScoringPlans(FrameworkSources.FromYaml).Require(yaml, "test", "mini.yaml");
        Assert.True(plan.TryGetIndex("1.1", out var node));
        var at = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);
        var score = new CriterionScore
        {
            SubmissionId = 1, CriterionCode = "1.1", ReviewerPoints = 3, ReviewerReason = "<img src=x onerror=alert(1)>", ReviewedBy = "a<b", ReviewedAt = at,
        };
        var criterion = new ReviewedCriterion("1.1", node, 10, 5, 7, score);
        var values = new Dictionary<(string Criterion, string Input), ReviewValue> { [("1.1", "trained")] = new(3, null, 0, "x", at) };
        var review = new UnitReview(1, 1, 1, SubmissionStatus.Submitted, ReviewStage.Round1Review, plan, values, [criterion]);
        var view = new WorkspaceUnitView("Kỳ", "u1", "Đơn vị", review, Array.Empty<EvidenceView>().ToLookup(e => e.Criterion, StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal) { "1.1" });

        var html = ReviewCardHtml.Render(view, criterion, null, new ReviewAttempt("\"><script>x()</script>", null, "</textarea><script>y()</script>", 1, null)).Value;

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Cán bộ&lt;/b&gt; &amp; &quot;tập huấn&quot;", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;x()&lt;/script&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/textarea&gt;&lt;script&gt;y()&lt;/script&gt;</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("name=\"points:1.1\"", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" class=\"primary\" name=\"save\" value=\"1.1\">", html, StringComparison.Ordinal);
    }
}
