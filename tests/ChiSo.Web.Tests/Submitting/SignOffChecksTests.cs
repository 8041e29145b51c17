using System.Net;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Submitting;

/// <summary>The head signs off knowing what is sent (issue 10 §4): confirmation, checks that block, and the organiser's return.</summary>
[Collection(ClockedAppGroup.Name)]
public class SignOffChecksTests(ClockedApp app)
{
    private const string Head = "thutruong@demo.chiso.vn";

    [Fact]
    public async Task Submit_WithoutConfirmation_Refused400AndStillADraft()
    {
        var (head, token) = await app.SignInAsync(app.InWindow, Head);
        using var _ = head;

        using var response = await Evidence.Uploads.PostFormAsync(head, $"/api/v1/submissions/{app.SubmissionId}/submit", token, new() { ["confirm"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ô xác nhận", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Draft, await StatusAsync());
    }

    [Fact]
    public async Task Submit_APartAboveItsWhole_Refused409NamingTheCriterionAndListedOnThePage()
    {
        var (head, token) = await app.SignInAsync(app.InWindow, Head);
        using var _ = head;
        var before = await NumberAsync("co_may_tinh");
        try
        {
            await SetNumberAsync("co_may_tinh", 1e6);

            using var response = await Evidence.Uploads.PostFormAsync(head, $"/api/v1/submissions/{app.SubmissionId}/submit", token, new() { ["confirm"] = "yes" });
            var page = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri($"/campaigns/{app.CampaignId}/units/{app.OwnUnitId}/submit", UriKind.Relative)));

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("tiêu chí 3.1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(SubmissionStatus.Draft, await StatusAsync());
            Assert.Contains($"href=\"/campaigns/{app.CampaignId}/units/{app.OwnUnitId}#c-3-1\">Tiêu chí 3.1</a>: Số người được trang bị máy tính không được lớn hơn", page, StringComparison.Ordinal);
            Assert.Contains("Chưa ký nộp được", page, StringComparison.Ordinal);
            Assert.DoesNotContain("name=\"confirm\"", page, StringComparison.Ordinal);
        }
        finally
        {
            await SetNumberAsync("co_may_tinh", before);
        }
    }

    [Fact]
    public async Task SubmitPage_Head_ShowsPointsCompletenessAndTheConfirmationBox()
    {
        var (head, _) = await app.SignInAsync(app.InWindow, Head);
        using var __ = head;

        var page = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri($"/campaigns/{app.CampaignId}/units/{app.OwnUnitId}/submit", UriKind.Relative)));

        Assert.Contains("Tổng điểm tự đánh giá", page, StringComparison.Ordinal);
        Assert.Contains("Tiêu chí đã trả lời", page, StringComparison.Ordinal);
        Assert.Contains("Theo nhóm chỉ số", page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" name=\"confirm\" value=\"on\" required", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_OrganiserWithAReason_DraftAgainAuditedAndTheUnitNotified()
    {
        await SetStatusAsync(SubmissionStatus.Submitted);
        var (organiser, token) = await app.SignInAsync(app.InWindow, "tochuc@demo.chiso.vn");
        using var _ = organiser;
        var (reporter, reporterToken) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var __ = reporter;
        const string reason = "Số máy tính lớn hơn số người ở tiêu chí 3.1; đề nghị kiểm tra lại.";
        try
        {
            using var byReporter = await Evidence.Uploads.PostFormAsync(reporter, $"/api/v1/submissions/{app.SubmissionId}/return", reporterToken, new() { ["reason"] = reason });
            using var noReason = await Evidence.Uploads.PostFormAsync(organiser, $"/api/v1/submissions/{app.SubmissionId}/return", token, new() { ["reason"] = "  " });
            using var response = await Evidence.Uploads.PostFormAsync(organiser, $"/api/v1/submissions/{app.SubmissionId}/return", token, new() { ["reason"] = reason });
            using var again = await Evidence.Uploads.PostFormAsync(organiser, $"/api/v1/submissions/{app.SubmissionId}/return", token, new() { ["reason"] = reason });
            await using var db = app.NewContext();
            var submission = await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == app.SubmissionId);
            var id = app.SubmissionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var audit = await db.AuditEvents.Where(e => e.EntityType == "Submission" && e.EntityId == id).OrderBy(e => e.Id).LastAsync();
            var notified = await (from n in db.Set<ChiSo.Data.Notifications.Notification>() join u in db.Users on n.UserId equals u.Id where n.Body.Contains(reason) select u.Email).ToListAsync();
            var mails = await db.Set<ChiSo.Data.Notifications.OutboxMessage>().Where(m => m.Body.Contains(reason)).Select(m => m.To).ToListAsync();

            Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.Conflict),
                (byReporter.StatusCode, noReason.StatusCode, response.StatusCode, again.StatusCode));
            Assert.Equal((SubmissionStatus.Draft, reason, "tochuc@demo.chiso.vn"), (submission.Status, submission.ReturnReason, submission.ReturnedBy));
            Assert.Equal(("submission.returned", "tochuc@demo.chiso.vn"), (audit.Action, audit.Actor));
            using var after = System.Text.Json.JsonDocument.Parse(audit.After!);
            Assert.Equal(reason, after.RootElement.GetProperty("reason").GetString());
            Assert.Contains("baocao@demo.chiso.vn", notified);
            Assert.Contains(Head, notified);
            Assert.Contains(Head, mails);
        }
        finally
        {
            await SetStatusAsync(SubmissionStatus.Draft);
        }
    }

    private async Task<SubmissionStatus> StatusAsync()
    {
        await using var db = app.NewContext();
        return await db.Submissions.Where(s => s.Id == app.SubmissionId).Select(s => s.Status).SingleAsync();
    }

    private async Task SetStatusAsync(SubmissionStatus status)
    {
        await using var db = app.NewContext();
        await db.Submissions.Where(s => s.Id == app.SubmissionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, status));
    }

    private async Task<double?> NumberAsync(string input)
    {
        await using var db = app.NewContext();
        return await db.InputValues.Where(v => v.SubmissionId == app.SubmissionId && v.Round == Rounds.Self && v.CriterionCode == "3.1" && v.InputId == input)
            .Select(v => v.Number).SingleOrDefaultAsync();
    }

    private async Task SetNumberAsync(string input, double? number)
    {
        await using var db = app.NewContext();
        var updated = await db.InputValues.Where(v => v.SubmissionId == app.SubmissionId && v.Round == Rounds.Self && v.CriterionCode == "3.1" && v.InputId == input)
            .ExecuteUpdateAsync(v => v.SetProperty(x => x.Number, number));
        Assert.Equal(1, updated);
    }
}
