using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChiSo.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.EndToEnd.Tests.Security;

/// <summary>
/// Issue 10 §6: each finding of the security review replayed against the app on real Kestrel, over real sockets, as
/// the reviewer did. A test here fails if the finding comes back; the reasons are tested in depth in ChiSo.Web.Tests.
/// </summary>
public sealed class SecurityReplayTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private const string Reporter = "baocao@demo.chiso.vn";

    [Theory]
    [InlineData("/signin")]
    [InlineData("/health")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/khong-co-trang-nay")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var anonymous = HttpSession.Anonymous(app);
        using var response = await anonymous.Client.GetAsync(new Uri(path, UriKind.Relative));
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.DoesNotContain("unsafe-inline", policy.Split(';').Single(p => p.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task StaleForm_Anonymous_Vietnamese400NeverAStackTrace()
    {
        using var anonymous = HttpSession.Anonymous(app);
        using var response = await anonymous.PostFormAsync("/account/signin", new() { ["email"] = "a@b.vn", ["password"] = "x", ["__RequestVerificationToken"] = "CfDJ8-het-han" });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Phiên làm việc của biểu mẫu đã hết hạn", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/language/en?back=/trang-chủ")]
    [InlineData("/language/vi?back=%E2%80%AE//evil.example")]
    [InlineData("/language/vi?back=//evil.example/")]
    public async Task ReturnAddress_NonAsciiOrForeign_NeverAServerErrorNorAnOpenRedirect(string path)
    {
        using var anonymous = HttpSession.Anonymous(app);
        using var response = await anonymous.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
        Assert.DoesNotContain("evil.example", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/campaigns/{0}/units/{1}/workbook?saved=x")]
    [InlineData("/campaigns/{0}/progress?reminded=mot")]
    public async Task Page_MalformedQueryParameter_Vietnamese400(string path)
    {
        var (campaign, unit, _) = await DemoAsync();
        using var organiser = await HttpSession.SignInAsync(app, "tochuc@demo.chiso.vn");
        using var response = await organiser.Client.GetAsync(new Uri(string.Format(CultureInfo.InvariantCulture, path, campaign, unit), UriKind.Relative));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("trong địa chỉ không đúng dạng", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/account")]
    [InlineData("/campaigns/1/progress")]
    public async Task ForgedHostHeader_NeverReflected(string path)
    {
        using var anonymous = HttpSession.Anonymous(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = "evil.example";
        using var response = await anonymous.Client.SendAsync(request);

        Assert.DoesNotContain("evil.example", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkbookDecompressionBomb_RefusedAndTheServerAnswersOn()
    {
        var (campaign, unit, submission) = await DemoAsync();
        using var reporter = await HttpSession.SignInAsync(app, Reporter);
        var token = await reporter.TokenAsync($"/campaigns/{campaign}/units/{unit}");
        var workbook = await reporter.Client.GetByteArrayAsync(new Uri($"/api/v1/submissions/{submission}/workbook", UriKind.Relative));
        // 150 MB of one repeated row behind about a megabyte: the reviewer's 40 M-cell bomb, smaller.
        var bomb = Replaced(workbook, "xl/worksheets/sheet1.xml", stream =>
        {
            var row = Encoding.UTF8.GetBytes("<row><c><v>1</v></c><c><v>1</v></c><c><v>1</v></c><c><v>1</v></c></row>");
            stream.Write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
            for (var i = 0; i < 150_000_000 / row.Length; i++)
            {
                stream.Write(row);
            }

            stream.Write("</sheetData></worksheet>"u8);
        });
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the bomb is {bomb.Length} bytes");

        using var content = new MultipartFormDataContent { { new ByteArrayContent(bomb), "file", "bom.xlsx" } };
        using var response = await reporter.ApiAsync(HttpMethod.Post, $"/api/v1/submissions/{submission}/workbook/preview", content, token);
        var body = await response.Content.ReadAsStringAsync();
        using var health = await reporter.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.True((int)response.StatusCode < 500, body);
        Assert.Contains("giải nén", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData("Quyet-dinh.pdf.vbs", "text/plain", "MsgBox \"Xin chao\"")]
    [InlineData("huong-dan.hta", "text/html", "<script>alert(1)</script>")]
    [InlineData("cai-dat.bat", "text/plain", "del /q *.*")]
    public async Task Evidence_ScriptUnderADangerousName_Refused(string name, string type, string text)
    {
        var (campaign, unit, submission) = await DemoAsync();
        using var reporter = await HttpSession.SignInAsync(app, Reporter);
        var token = await reporter.TokenAsync($"/campaigns/{campaign}/units/{unit}");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        using var form = new MultipartFormDataContent { { file, "file", name }, { new StringContent(token), "__RequestVerificationToken" } };

        using var response = await reporter.Client.PostAsync(new Uri($"/api/v1/submissions/{submission}/criteria/1.3/evidence/files", UriKind.Relative), form);

        Assert.True(response.StatusCode is HttpStatusCode.UnsupportedMediaType or HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        await using var db = app.NewContext();
        Assert.False(await db.Evidence.AnyAsync(e => e.FileName == name));
    }

    [Fact]
    public async Task FiveMegabyteValue_RefusedAndEveryoneCanStillDownloadTheWorkbook()
    {
        var (campaign, unit, submission) = await DemoAsync();
        using var reporter = await HttpSession.SignInAsync(app, Reporter);
        var token = await reporter.TokenAsync($"/campaigns/{campaign}/units/{unit}");
        var huge = "12/QĐ-UBND|2025-03-01|" + new string('x', 5 * 1024 * 1024) + "|Nguyễn Văn A";

        using var response = await reporter.PostJsonAsync($"/api/v1/submissions/{submission}/values", new { criterion = "1.1", input = "quyet_dinh", value = huge }, token);
        using var download = await reporter.Client.GetAsync(new Uri($"/campaigns/{campaign}/units/{unit}/workbook.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("quá dài", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    [Fact]
    public async Task SignOut_ACopiedCookieStopsWorkingAtOnce()
    {
        using var laptop = await HttpSession.SignInAsync(app, "thutruong@demo.chiso.vn");
        using var copy = HttpSession.Anonymous(app);
        foreach (Cookie cookie in laptop.Cookies.GetCookies(app.BaseAddress))
        {
            copy.Cookies.Add(app.BaseAddress, new Cookie(cookie.Name, cookie.Value, "/"));
        }

        using var before = await copy.Client.GetAsync(new Uri("/account", UriKind.Relative));
        var token = await laptop.TokenAsync("/account");
        using var signOut = await laptop.PostFormAsync("/account/signout", new() { ["__RequestVerificationToken"] = token });
        using var after = await copy.Client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPasswords_NeverLockTheOwnerOut()
    {
        using var guesser = HttpSession.Anonymous(app);
        for (var i = 0; i < 6; i++)
        {
            using var _ = await guesser.SignInAsync("lanhdao@demo.chiso.vn", "Sai-mat-khau-1");
        }

        using var owner = HttpSession.Anonymous(app);
        using var tooSoon = await owner.SignInAsync("lanhdao@demo.chiso.vn", HttpSession.DemoPassword);
        var seconds = int.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(app.BaseAddress, tooSoon.Headers.Location!).Query)["seconds"]!, CultureInfo.InvariantCulture);
        await Task.Delay(TimeSpan.FromSeconds(seconds + 0.2));
        using var signedIn = await owner.SignInAsync("lanhdao@demo.chiso.vn", HttpSession.DemoPassword);

        Assert.InRange(seconds, 1, 60);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Token_CannotMintAnotherToken()
    {
        using var head = await HttpSession.SignInAsync(app, "thutruong@demo.chiso.vn");
        var token = await head.TokenAsync("/account/tokens");
        using var created = await head.PostJsonAsync("/api/v1/account/tokens", new { name = "Tích hợp thử" }, token);
        var text = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();
        using var bearer = HttpSession.Anonymous(app);
        bearer.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", text);

        using var minted = await bearer.Client.PostAsync(new Uri("/api/v1/account/tokens", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { name = "Mã con" }));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, minted.StatusCode);
    }

    [Fact]
    public async Task FreshInstall_NoDemoAccountsAndNoPublishedPassword()
    {
        await using var fresh = new KestrelApp(demo: false);
        using var anonymous = HttpSession.Anonymous(fresh);
        using var response = await anonymous.Client.GetAsync(new Uri("/signin", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain(DemoAccounts.Password, page, StringComparison.Ordinal);
        await using var db = fresh.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email!.EndsWith("@demo.chiso.vn")));
    }

    private async Task<(int Campaign, int Unit, int Submission)> DemoAsync()
    {
        await using var db = app.NewContext();
        var campaign = await db.Campaigns.SingleAsync(c => c.Name.Contains("sở, ban, ngành"));
        var unit = await db.Units.SingleAsync(u => u.Code == DemoAccounts.DepartmentCode);
        var submission = await db.Submissions.SingleAsync(s => s.CampaignId == campaign.Id && s.UnitId == unit.Id);
        return (campaign.Id, unit.Id, submission.Id);
    }

    private static byte[] Replaced(byte[] package, string part, Action<Stream> write)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                using var to = copy.Open();
                if (entry.FullName == part)
                {
                    write(to);
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }
}
