using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Review;

/// <summary>
/// The demo department campaign at the round-1 review: both units' submissions signed, the demo reviewer and a second
/// one assigned to every unit, and a PDF and a text file among the own unit's evidence.
/// </summary>
public sealed class ReviewApp : IAsyncLifetime
{
    public const string ReviewerA = "thamdinh@demo.chiso.vn";
    public const string ReviewerB = "thamdinh2@kiemthu.chiso.vn";

    public WebAppFactory Factory { get; } = new();

    public DemoIds Ids { get; private set; } = default!;

    public int OtherSubmissionId { get; private set; }

    public int PdfId { get; private set; }

    public int TextId { get; private set; }

    public async Task InitializeAsync()
    {
        Ids = await DemoIds.ReadAsync(Factory);
        (PdfId, TextId) = (await UploadAsync("Kế hoạch CĐS.pdf", Evidence.Uploads.TinyPdf("review"), "application/pdf"),
            await UploadAsync("ghi-chu.txt", "Ghi chú của đơn vị."u8.ToArray(), "text/plain"));
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ChiSoUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ChiSoDbContext>();
        var b = new ChiSoUser { UserName = ReviewerB, Email = ReviewerB, DisplayName = "Thành viên hội đồng thứ hai", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(b, Browser.Password)).Succeeded);
        db.Memberships.Add(new Membership { UserId = b.Id, Role = Role.Reviewer });
        await db.SaveChangesAsync();
        var assignments = scope.ServiceProvider.GetRequiredService<ReviewerAssignments>();
        foreach (var email in new[] { ReviewerA, ReviewerB })
        {
            Assert.True((await assignments.AssignAsync(Ids.CampaignId, email, null, null, "tochuc@demo.chiso.vn")).Outcome.IsDone);
        }

        await db.Campaigns.Where(c => c.Id == Ids.CampaignId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Stage, ReviewStage.Round1Review));
        await db.Submissions.Where(s => s.CampaignId == Ids.CampaignId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SubmissionStatus.Submitted));
        OtherSubmissionId = await db.Submissions.Where(s => s.CampaignId == Ids.CampaignId && s.UnitId == Ids.OtherUnitId).Select(s => s.Id).SingleAsync();
    }

    public async Task<(Browser Browser, string Token)> SignInAsync(string email)
    {
        var browser = new Browser(Factory);
        var signedIn = await browser.SignInAsync(email);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return (browser, Browser.TokenIn(await browser.Client.GetStringAsync(new Uri("/", UriKind.Relative))));
    }

    private async Task<int> UploadAsync(string name, byte[] bytes, string type)
    {
        var (reporter, _) = await SignInAsync("baocao@demo.chiso.vn");
        using var _b = reporter;
        var page = await reporter.Client.GetStringAsync(new Uri($"/campaigns/{Ids.CampaignId}/units/{Ids.OwnUnitId}", UriKind.Relative));
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        using var form = new MultipartFormDataContent { { new StringContent(Browser.TokenIn(page)), "__RequestVerificationToken" }, { file, "file", name } };
        using var uploaded = await reporter.Client.PostAsync(new Uri($"/api/v1/submissions/{Ids.OwnSubmissionId}/criteria/1.1/evidence/files", UriKind.Relative), form);
        uploaded.EnsureSuccessStatusCode();
        await using var db = Factory.NewContext();
        return await db.Evidence.Where(e => e.SubmissionId == Ids.OwnSubmissionId).MaxAsync(e => e.Id);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
