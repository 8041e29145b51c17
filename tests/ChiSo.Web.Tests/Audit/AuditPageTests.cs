using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Web.Features.Audit;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Audit;

/// <summary>
/// The audit page, its CSV and API (issue 13 §3), on an app of their own: one test rewrites an event in the database.
/// </summary>
public sealed class AuditPageTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private const string Organiser = "tochuc@demo.chiso.vn";

    /// <summary>A returned submission of a demo unit, recorded as the app records it; the event and the unit's code.</summary>
    private async Task<(AuditEvent Event, string UnitCode)> ReturnedAsync(string reason)
    {
        await using var db = factory.NewContext();
        var submission = await db.Submissions.AsNoTracking().OrderBy(s => s.Id).FirstAsync();
        var code = await db.Units.Where(u => u.Id == submission.UnitId).Select(u => u.Code).SingleAsync();
        var audit = await new AuditLog(db, TimeProvider.System).AppendAsync(new AuditEntry(
            Organiser, "Submission", submission.Id.ToString(CultureInfo.InvariantCulture), "submission.returned",
            """{"status":"Submitted"}""", """{"status":"Draft","reason":"=HYPERLINK(\"x\")"}""", reason));
        return (audit, code);
    }

    private async Task<Browser> SignedInAsync(string email = Organiser)
    {
        var browser = new Browser(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email)).StatusCode);
        return browser;
    }

    [Fact]
    public async Task Page_FilteredByTheUnit_ShowsTheEventInWordsVietnamTimeAndBeforeAfter()
    {
        var (audit, unit) = await ReturnedAsync("Thiếu minh chứng tiêu chí 1.1");
        using var browser = await SignedInAsync();

        var page = await browser.PageAsync($"/audit?unit={unit}");
        var other = await browser.PageAsync("/audit?person=khong-ai-ca&action=submission.returned");

        Assert.Contains($"id=\"event-{audit.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains(VietnamTime.FromUtc(audit.At).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
        Assert.Contains("Trả lại hồ sơ để đơn vị sửa", page, StringComparison.Ordinal);
        Assert.Contains("<del>status: Submitted</del>", page, StringComparison.Ordinal);
        Assert.Contains("<ins>status: Draft; reason: =HYPERLINK(\"x\")</ins>", page, StringComparison.Ordinal);
        Assert.Contains("Thiếu minh chứng tiêu chí 1.1", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/audit\"", await browser.PageAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"event-{audit.Id}\"", other, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=31/02/2026", "không phải một ngày")]
    [InlineData("from=2026-05-01&to=2026-04-01", "phải trước hoặc bằng")]
    [InlineData("page=abc", "Số trang phải là một số nguyên")]
    [InlineData("page=999999999999", "Số trang phải là một số nguyên")]
    [InlineData("unit=%3Cscript%3E", "không đúng dạng")]
    [InlineData("unit=ZZ-999", "Không có đơn vị mã “ZZ-999”")]
    [InlineData("criterion=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "tối đa 32 ký tự")]
    [InlineData("action=a&action=b", "chỉ được có một giá trị")]
    public async Task Page_MalformedQuery_400InVietnamese(string query, string expected)
    {
        using var browser = await SignedInAsync();

        using var response = await browser.Client.GetAsync(new Uri("/audit?" + query, UriKind.Relative));
        var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        using var api = await browser.Client.GetAsync(new Uri("/api/v1/audit?" + query, UriKind.Relative));
        using var csv = await browser.Client.GetAsync(new Uri("/audit.csv?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains(expected, await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
    }

    [Fact]
    public async Task Csv_FilteredList_HeaderInVietnameseFormulaCellsDisarmed()
    {
        var (audit, unit) = await ReturnedAsync("=1+2 gửi lại sau khi sửa");
        using var browser = await SignedInAsync();

        using var response = await browser.Client.GetAsync(new Uri($"/audit.csv?unit={unit}&action=submission.returned", UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("\"Mã sự kiện\",\"Thời điểm (giờ Việt Nam)\",\"Người thực hiện\",\"Việc đã làm\"", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains($"\"{audit.Id}\",", csv, StringComparison.Ordinal);
        Assert.Contains("\"Trả lại hồ sơ để đơn vị sửa\",\"submission.returned\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=1+2 gửi lại sau khi sửa\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_SameFilters_GivesTheStoredEventAndItsWords()
    {
        var (audit, unit) = await ReturnedAsync("Qua API");
        using var browser = await SignedInAsync();

        var list = await browser.Client.GetFromJsonAsync<AuditList>(new Uri($"/api/v1/audit?unit={unit}&size=5", UriKind.Relative));

        Assert.NotNull(list);
        Assert.Equal(5, list.PageSize);
        var item = Assert.Single(list.Events, e => e.Id == audit.Id);
        Assert.Equal("Trả lại hồ sơ để đơn vị sửa", item.What);
        Assert.Equal("""{"status":"Submitted"}""", item.Before);
        Assert.Equal("Qua API", item.Reason);
        Assert.All(list.Events.Zip(list.Events.Skip(1)), pair => Assert.True(pair.First.Id > pair.Second.Id));
    }

    [Fact]
    public async Task Verify_EventRewrittenInTheDatabase_PageAndApiNameIt()
    {
        var (audit, _) = await ReturnedAsync("Trước khi bị sửa");
        using var browser = await SignedInAsync();
        var before = await browser.PageAsync("/audit?verify=1");
        Assert.Contains("Nguyên vẹn:", before, StringComparison.Ordinal);

        await using (var db = factory.NewContext())
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEvents" SET "Reason" = {"Đã bị sửa"} WHERE "Id" = {audit.Id}""");
        }

        var after = await browser.PageAsync("/audit?verify=1");
        var verdict = await browser.Client.GetFromJsonAsync<AuditVerdict>(new Uri("/api/v1/audit/verification", UriKind.Relative));

        Assert.Contains("KHÔNG nguyên vẹn", after, StringComparison.Ordinal);
        Assert.Contains($"Nội dung sự kiện {audit.Id} đã bị sửa sau khi ghi.", after, StringComparison.Ordinal);
        Assert.NotNull(verdict);
        Assert.False(verdict.Intact);
        Assert.Equal(audit.Id, verdict.Problems[0].EventId);
    }
}
