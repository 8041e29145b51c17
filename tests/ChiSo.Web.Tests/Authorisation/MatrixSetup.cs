using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChiSo.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Authorisation;

/// <summary>The ids the matrix needs: the demo department campaign, two units, their submissions and evidence.</summary>
internal static class MatrixSetup
{
    public static async Task<MatrixIds> PrepareAsync(WebAppFactory factory, Browser reporter)
    {
        var demo = await DemoIds.ReadAsync(factory);
        await using var db = factory.NewContext();
        var other = await db.Submissions.SingleAsync(s => s.CampaignId == demo.CampaignId && s.UnitId == demo.OtherUnitId);

        // A real file for the reporter's own unit, uploaded as the entry page does; the other unit gets the same content.
        var page = await reporter.Client.GetStringAsync(new Uri($"/campaigns/{demo.CampaignId}/units/{demo.OwnUnitId}", UriKind.Relative));
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Quyết định thành lập Ban Chỉ đạo chuyển đổi số."));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var form = new MultipartFormDataContent { { new StringContent(Browser.TokenIn(page)), "__RequestVerificationToken" }, { file, "file", "quyet-dinh.txt" } };
        using var uploaded = await reporter.Client.PostAsync(new Uri($"/api/v1/submissions/{demo.OwnSubmissionId}/criteria/1.1/evidence/files", UriKind.Relative), form);
        uploaded.EnsureSuccessStatusCode();

        var own = await db.Evidence.AsNoTracking().Where(e => e.SubmissionId == demo.OwnSubmissionId && e.Kind == EvidenceKind.File).OrderBy(e => e.Id).LastAsync();
        var copy = Copy(own, other.Id);
        db.Evidence.Add(copy);
        await db.SaveChangesAsync();
        // The demo reviewer reviews the other unit only (ADR 0024): the review rows tell the assigned unit from the rest.
        var reviewer = await db.Users.Where(u => u.Email == "thamdinh@demo.chiso.vn").Select(u => u.Id).SingleAsync();
        db.ReviewerAssignments.Add(new Data.Review.ReviewerAssignment { CampaignId = demo.CampaignId, UserId = reviewer, UnitId = demo.OtherUnitId, AssignedBy = "ma-tran" });
        await db.SaveChangesAsync();
        var edition = await db.FrameworkEditions.Where(e => e.FrameworkId == "dti-so-nganh").Select(e => e.Id).FirstAsync();
        var published = await db.ResultSnapshots.Where(s => s.Published).Select(s => s.CampaignId).FirstAsync();
        return new MatrixIds(demo.CampaignId, demo.OwnUnitId, demo.OtherUnitId, demo.OwnSubmissionId, other.Id, own.Id, copy.Id) { EditionId = edition, PublishedCampaignId = published };
    }

    /// <summary>Each caller downloads the unit's workbook and uploads it back for a preview; returns their tokens.</summary>
    public static async Task<Dictionary<Principal, string>> PreviewsAsync(MatrixIds ids, Dictionary<Principal, (Browser Browser, string Token)> callers)
    {
        var tokens = new Dictionary<Principal, string>();
        foreach (var (principal, (browser, token)) in callers)
        {
            var workbook = await browser.Client.GetByteArrayAsync(new Uri($"/api/v1/submissions/{ids.OwnSubmissionId}/workbook", UriKind.Relative));
            using var form = new MultipartFormDataContent { { new ByteArrayContent(workbook), "file", "so-lieu.xlsx" } };
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/submissions/{ids.OwnSubmissionId}/workbook/preview", UriKind.Relative)) { Content = form };
            request.Headers.Add("RequestVerificationToken", token);
            using var response = await browser.Client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            tokens[principal] = (await response.Content.ReadFromJsonAsync<PreviewAnswer>())!.Token;
        }

        return tokens;
    }

    private sealed record PreviewAnswer(string Token);

    private sealed record TokenAnswer(int Id);

    /// <summary>A personal access token the caller creates for themself; returns its id.</summary>
    public static async Task<int> TokenAsync(Browser browser, string antiforgery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/account/tokens", UriKind.Relative))
        {
            Content = JsonContent.Create(new { name = "Tích hợp thử" }),
        };
        request.Headers.Add("RequestVerificationToken", antiforgery);
        using var response = await browser.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.Id;
    }

    /// <summary>An account with no role, for the administrator's actions to land on.</summary>
    public static async Task<string> SpareUserAsync(WebAppFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ChiSoUser>>();
        var user = new ChiSoUser { UserName = "khac@demo.chiso.vn", Email = "khac@demo.chiso.vn", DisplayName = "Tài khoản khác" };
        var created = await users.CreateAsync(user, "Khac-Mat-Khau-2025");
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return user.Id;
    }

    /// <summary>A draft framework edition for the editor's rows.</summary>
    public static async Task<int> DraftEditionAsync(WebAppFactory factory)
    {
        await using var db = factory.NewContext();
        var draft = Data.Frameworks.FrameworkEdition.Draft("ma-tran-quyen", 2026, "Ma trận quyền", EditionEditor.Drafts.Yaml.Replace("id: thu", "id: ma-tran-quyen", StringComparison.Ordinal));
        db.FrameworkEditions.Add(draft);
        await db.SaveChangesAsync();
        return draft.Id;
    }

    /// <summary>A comparison group of its own for the rows that rename it and set its members.</summary>
    public static async Task<int> GroupAsync(WebAppFactory factory)
    {
        await using var db = factory.NewContext();
        var group = new Data.Units.UnitGroup { Code = "ma-tran", Name = "Nhóm của ma trận quyền" };
        db.UnitGroups.Add(group);
        await db.SaveChangesAsync();
        return group.Id;
    }

    /// <summary>New evidence rows on both submissions, for a row that removes them.</summary>
    public static async Task<MatrixIds> FreshEvidenceAsync(WebAppFactory factory, MatrixIds ids)
    {
        await using var db = factory.NewContext();
        var template = await db.Evidence.AsNoTracking().SingleAsync(e => e.Id == ids.OwnEvidenceId);
        var (own, other) = (Copy(template, ids.OwnSubmissionId), Copy(template, ids.OtherSubmissionId));
        db.Evidence.AddRange(own, other);
        await db.SaveChangesAsync();
        return ids with { OwnEvidenceId = own.Id, OtherEvidenceId = other.Id };
    }

    private static Data.Submissions.Evidence Copy(Data.Submissions.Evidence source, int submissionId) => new()
    {
        SubmissionId = submissionId, CriterionCode = source.CriterionCode, Kind = source.Kind, Sha256 = source.Sha256,
        FileName = source.FileName, ContentType = source.ContentType, Size = source.Size, AddedBy = source.AddedBy, AddedAt = source.AddedAt,
    };
}
