using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChiSo.Data.Units;
using ChiSo.Files;
using ChiSo.Files.Frameworks;
using ChiSo.Files.Units;
using ChiSo.Web.Tests.Editions;
using ChiSo.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

/// <summary>
/// Issue 12 §5: a real deployment from an empty database with demo off, in the browser. The first administrator with
/// the code from the server's log; a department framework workbook with one bad cell (named), fixed and published;
/// five departments from a sheet; five reporters invited from a sheet, whose invitations reach an SMTP server on
/// loopback; one reporter sets a password from the mailed link and signs in; a campaign over the five departments;
/// the reporter enters a value. On SQLite and on PostgreSQL.
/// </summary>
public sealed partial class RealDeploymentTests
{
    private const string AdminEmail = "quantri@sokhcn.hue.gov.vn";
    private const string AdminPassword = "Quan-Tri-Hue-2026";
    private const string ReporterPassword = "Bao-Cao-So-01-2026";
    private const string PublicUrl = "https://chiso.hue.example.gov.vn";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task EmptyDatabase_DemoOff_AdministratorFrameworkUnitsPeopleCampaignAndAValue(string provider)
    {
        using var smtp = new SmtpServer();
        await smtp.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:From"] = "chiso@sokhcn.hue.gov.vn", ["Smtp:PollSeconds"] = "1", ["App:PublicUrl"] = PublicUrl,
        };
        await TestDatabases.OnProviderAsync(provider, settings, async () =>
        {
            await using var app = new KestrelApp(demo: false, settings);
            await JourneyAsync(app, smtp);
        });
    }

    private static async Task JourneyAsync(KestrelApp app, SmtpServer smtp)
    {
        var root = app.BaseAddress.ToString().TrimEnd('/');
        // What `chiso units import` does on a real server: the administrative registry (provinces, communes).
        await using (var db = app.NewContext())
        {
            await UnitImport.ImportRegistryAsync(db, ShippedRegistry.Load());
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        // 1. The first administrator, with the one-time code the server logged.
        var code = SetupCode().Match(string.Join('\n', app.Logs)).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(code), "the server did not log a set-up code");
        var admin = await Pages.NewAsync(browser);
        await admin.GotoAsync(root + "/");
        Assert.EndsWith("/setup/first-admin", admin.Url, StringComparison.Ordinal);
        await admin.FillAsync("#code", code);
        await admin.FillAsync("#name", "Nguyễn Thị Quản Trị");
        await admin.FillAsync("#email", AdminEmail);
        await admin.FillAsync("#password", AdminPassword);
        await admin.FillAsync("#confirm", AdminPassword);
        await admin.ClickAsync("button[type=submit].primary");
        await admin.WaitForLoadStateAsync(LoadState.Load);
        Assert.DoesNotContain("/setup/first-admin", admin.Url, StringComparison.Ordinal);
        await admin.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("first-admin-done.png"), FullPage = true });

        // 2. A department framework workbook with one bad cell: refused, the cell named; fixed, uploaded, published.
        var good = DepartmentWorkbook();
        var bad = WorkbookEdits.NumberToText(good, "40", "bốn mươi");
        await admin.GotoAsync(root + "/editions");
        await admin.SetInputFilesAsync("#file", new FilePayload { Name = "dti-so-nganh-hue.xlsx", MimeType = "application/octet-stream", Buffer = bad });
        await admin.ClickAsync("button:has-text('Tải lên và kiểm tra')");
        await admin.WaitForLoadStateAsync(LoadState.Load);
        var refused = await admin.InnerTextAsync("main");
        Assert.Matches(new Regex("ô [A-Z]+[0-9]+"), refused);
        await admin.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("edition-refused.png"), FullPage = true });
        await admin.GotoAsync(root + "/editions");
        await admin.SetInputFilesAsync("#file", new FilePayload { Name = "dti-so-nganh-hue.xlsx", MimeType = "application/octet-stream", Buffer = good });
        await admin.ClickAsync("button:has-text('Tải lên và kiểm tra')");
        await admin.WaitForSelectorAsync("#publish");
        await admin.ClickAsync("#publish");
        await admin.WaitForLoadStateAsync(LoadState.Load);
        await using (var db = app.NewContext())
        {
            Assert.True(await db.FrameworkEditions.AnyAsync(e => e.FrameworkId == "dti-so-nganh-hue" && e.Status == Data.Frameworks.EditionStatus.Published));
        }

        // 3. Five departments of Huế from a sheet.
        var departments = Enumerable.Range(1, 5).Select(i => ($"46.S{i:00}", $"Sở thử nghiệm số {i}")).ToList();
        var units = new StringBuilder("Mã,Tên,Loại,Đơn vị cấp trên (mã),Hiệu lực từ,Hiệu lực đến\n");
        foreach (var (unitCode, name) in departments)
        {
            units.Append(CultureInfo.InvariantCulture, $"{unitCode},{name},sở,46,01/07/2025,\n");
        }

        await admin.GotoAsync(root + "/units/sheet");
        await admin.SetInputFilesAsync("#file", new FilePayload { Name = "so-nganh.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(units.ToString()) });
        await admin.ClickAsync("button:has-text('Kiểm tra (chưa lưu gì)')");
        await admin.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(await admin.Locator("button:has-text('Áp dụng tất cả')").CountAsync() == 1, await admin.InnerTextAsync("main"));
        await admin.ClickAsync("button:has-text('Áp dụng tất cả')");
        await admin.WaitForLoadStateAsync(LoadState.Load);
        var applied = admin.Url + " " + await admin.ContentAsync();
        await using (var db = app.NewContext())
        {
            Assert.True(5 == await db.Units.CountAsync(u => u.Code.StartsWith("46.S")), applied);
        }

        // 4. Five reporters invited from a sheet; the invitations reach the SMTP server.
        var people = new StringBuilder("Họ tên,Thư điện tử,Số điện thoại,Mã đơn vị,Vai trò\n");
        foreach (var (unitCode, _) in departments)
        {
            people.Append(CultureInfo.InvariantCulture, $"Cán bộ {unitCode},{Email(unitCode)},0234 3822 000,{unitCode},Cán bộ báo cáo\n");
        }

        await admin.GotoAsync(root + "/people/sheet");
        await admin.SetInputFilesAsync("#file", new FilePayload { Name = "nguoi-bao-cao.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(people.ToString()) });
        await admin.ClickAsync("button:has-text('Kiểm tra tệp')");
        await admin.ClickAsync("form button.primary:has-text('gửi thư mời')");
        await admin.WaitForLoadStateAsync(LoadState.Load);
        var mails = await MailsAsync(smtp, 5);
        var first = mails.Single(m => m.Contains(Email(departments[0].Item1), StringComparison.Ordinal));
        var link = InvitationLink().Match(Unfolded(first));
        Assert.True(link.Success, "no set-password link in the invitation");
        Assert.StartsWith(PublicUrl + "/account/set-password?ticket=", link.Value, StringComparison.Ordinal);

        // 5. The reporter sets a password from the mailed link (on this server's address) and signs in.
        var reporter = await Pages.NewAsync(browser);
        await reporter.GotoAsync(root + link.Value[PublicUrl.Length..]);
        await reporter.FillAsync("#password", ReporterPassword);
        await reporter.FillAsync("#confirm", ReporterPassword);
        await reporter.ClickAsync("button[type=submit].primary");
        await reporter.WaitForLoadStateAsync(LoadState.Load);
        Assert.Contains("/signin", reporter.Url, StringComparison.Ordinal);
        await reporter.FillAsync("#email", Email(departments[0].Item1));
        await reporter.FillAsync("#password", ReporterPassword);
        await reporter.ClickAsync("button[type=submit].primary");
        await reporter.WaitForLoadStateAsync(LoadState.Load);
        Assert.DoesNotContain("/signin", reporter.Url, StringComparison.Ordinal);

        // 6. The campaign over the five departments, opened with this year's self-assessment window.
        await admin.GotoAsync(root + "/setup");
        await admin.SelectOptionAsync("#edition", await EditionOptionAsync(admin));
        await admin.FillAsync("#name", "DTI sở, ban, ngành Huế 2026");
        await admin.ClickAsync("button:has-text('Tạo kỳ đánh giá')");
        await admin.WaitForLoadStateAsync(LoadState.Load);
        int campaignId;
        await using (var db = app.NewContext())
        {
            campaignId = await db.Campaigns.Where(c => c.Name == "DTI sở, ban, ngành Huế 2026").Select(c => c.Id).SingleAsync();
        }

        var province = await ProvinceIdAsync(app, "46");
        await admin.GotoAsync($"{root}/setup/campaigns/{campaignId}/units?level=Department&parent={province}");
        await admin.ClickAsync("button:has-text('Thêm các đơn vị này')");
        await admin.WaitForLoadStateAsync(LoadState.Load);
        var token = await admin.GetAttributeAsync("input[name=__RequestVerificationToken]", "value");
        var today = TimeProvider.System.GetUtcNow().UtcDateTime.Date;
        var schedule = await admin.Context.APIRequest.PutAsync($"{root}/api/v1/campaigns/{campaignId}/schedule", new()
        {
            Headers = new Dictionary<string, string> { ["RequestVerificationToken"] = token! },
            DataObject = new { phases = new[] { new { kind = "SelfAssessment", opens = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), closes = today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } } },
        });
        Assert.True(schedule.Ok, await schedule.TextAsync());
        var open = await admin.Context.APIRequest.PostAsync($"{root}/api/v1/campaigns/{campaignId}/status", new()
        {
            Headers = new Dictionary<string, string> { ["RequestVerificationToken"] = token! },
            DataObject = new { status = "Open" },
        });
        Assert.True(open.Ok, await open.TextAsync());

        // 7. The reporter enters a value; it is stored.
        var unitId = await UnitIdAsync(app, departments[0].Item1);
        await reporter.GotoAsync($"{root}/campaigns/{campaignId}/units/{unitId}");
        await reporter.FillAsync("#i-1-1-da_lam", "12");
        await reporter.WaitForSelectorAsync("[data-input=da_lam][data-save=saved]");
        await reporter.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("real-deployment-entry.png"), FullPage = true });
        await using (var db = app.NewContext())
        {
            Assert.True(await db.InputValues.AnyAsync(v => v.InputId == "da_lam" && v.Number == 12));
            Assert.False(await db.Users.AnyAsync(u => u.Email!.EndsWith("@demo.chiso.vn")));
        }
    }

    private static string Email(string unitCode) => $"baocao.{unitCode.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant()}@hue.gov.vn";

    /// <summary>A small department-level framework as a framework workbook (one criterion's maximum is 40).</summary>
    private static byte[] DepartmentWorkbook()
    {
        const string yaml = """
            id: dti-so-nganh-hue
            edition: 2026
            title: Bộ chỉ số chuyển đổi số sở, ban, ngành tỉnh Huế (thử nghiệm)
            unit_level: department
            tree:
              - code: "1"
                name: Chính quyền số
                children:
                  - code: "1.1"
                    name: Tỷ lệ hồ sơ xử lý trực tuyến
                    max: 40
                    inputs:
                      - { id: da_lam, type: integer, min: 0, label: Số hồ sơ xử lý trực tuyến }
                      - { id: tong, type: integer, min: 1, label: Tổng số hồ sơ }
                    score: max * ratio(da_lam, tong)
                  - code: "1.2"
                    name: Có kế hoạch chuyển đổi số năm
                    max: 10
                    inputs:
                      - { id: ke_hoach, type: yes_no, label: Đã ban hành kế hoạch }
                    score: if(ke_hoach, max, 0)
            """;
        var framework = FrameworkSources.FromYaml(yaml, "dti-so-nganh-hue.yaml");
        Assert.Empty(framework.Problems);
        using var buffer = new MemoryStream();
        FrameworkWorkbook.Write(framework.Framework!, buffer);
        return buffer.ToArray();
    }

    private static async Task<string> EditionOptionAsync(IPage page) =>
        (await page.Locator("#edition option").Filter(new() { HasText = "Huế" }).First.GetAttributeAsync("value"))!;

    private static async Task<int> ProvinceIdAsync(KestrelApp app, string code)
    {
        await using var db = app.NewContext();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        return await db.Units.Where(u => u.Code == code && u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today)).Select(u => u.Id).SingleAsync();
    }

    private static async Task<int> UnitIdAsync(KestrelApp app, string code)
    {
        await using var db = app.NewContext();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    private static async Task<IReadOnlyList<string>> MailsAsync(SmtpServer smtp, int count)
    {
        for (var i = 0; i < 600; i++)
        {
            if (smtp.Messages() is { } messages && messages.Count >= count)
            {
                return messages;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{smtp.Messages().Count} of {count} invitations reached the SMTP server in 60 s.");
    }

    /// <summary>The mail's text body as a mail program shows it (base64 or quoted-printable undone).</summary>
    private static string Unfolded(string mail)
    {
        var parts = mail.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2);
        if (parts[0].Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(parts[1].Split('\n').Select(l => l.Trim()))));
        }

        return parts[1].Replace("=\n", "", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"ChiSo setup code: ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})")]
    private static partial Regex SetupCode();

    [GeneratedRegex(@"https://chiso\.hue\.example\.gov\.vn/account/set-password\?ticket=[A-Za-z0-9_-]{43}")]
    private static partial Regex InvitationLink();
}
