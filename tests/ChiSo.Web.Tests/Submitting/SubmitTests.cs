using System.Net;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Submitting;

[Collection(ClockedAppGroup.Name)]
public class SubmitTests(ClockedApp app)
{
    [Fact]
    public async Task Submit_UnitHead_SubmittedAndAudited()
    {
        var (head, token) = await app.SignInAsync(app.InWindow, "thutruong@demo.chiso.vn");
        using var _ = head;
        try
        {
            using var response = await SubmitAsync(head, token);
            await using var db = app.NewContext();
            var status = await db.Submissions.Where(s => s.Id == app.SubmissionId).Select(s => s.Status).SingleAsync();
            var id = app.SubmissionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var audit = await db.AuditEvents.Where(e => e.EntityType == "Submission" && e.EntityId == id).OrderBy(e => e.Id).LastAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(SubmissionStatus.Submitted, status);
            Assert.Equal(("submission.submitted", "thutruong@demo.chiso.vn"), (audit.Action, audit.Actor));

            using var again = await SubmitAsync(head, token);
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }
        finally
        {
            await ResetAsync();
        }
    }

    [Fact]
    public async Task Submit_Reporter_Forbidden403WithAVietnameseReason()
    {
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await SubmitAsync(reporter, token);
        await using var db = app.NewContext();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Chỉ thủ trưởng đơn vị mới được ký nộp", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Draft, await db.Submissions.Where(s => s.Id == app.SubmissionId).Select(s => s.Status).SingleAsync());
    }

    [Fact]
    public async Task Submit_OrganiserOfAnotherUnitOrAnonymous_Refused()
    {
        var (organiser, token) = await app.SignInAsync(app.InWindow, "tochuc@demo.chiso.vn");
        using var _ = organiser;
        using var anonymous = app.InWindow.CreateClient();

        using var notHead = await SubmitAsync(organiser, token);
        using var nobody = await SubmitAsync(anonymous, token);

        Assert.Equal(HttpStatusCode.Forbidden, notHead.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
    }

    [Fact]
    public async Task Submit_HeadAfterTheDeadline_Forbidden403WithTheDate()
    {
        await app.RemoveExtensionsAsync();
        var (head, token) = await app.SignInAsync(app.AfterDeadline, "thutruong@demo.chiso.vn");
        using var _ = head;

        using var response = await SubmitAsync(head, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("31/03/2026", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SubmitAsync(HttpClient client, string token) =>
        Evidence.Uploads.PostFormAsync(client, $"/api/v1/submissions/{app.SubmissionId}/submit", token, new() { ["confirm"] = "yes" });

    private async Task ResetAsync()
    {
        await using var db = app.NewContext();
        var submission = await db.Submissions.SingleAsync(s => s.Id == app.SubmissionId);
        submission.Status = SubmissionStatus.Draft;
        await db.SaveChangesAsync();
    }
}
