using System.Net;
using ChiSo.Data.Accounts;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.FirstRun;

/// <summary>Issue 12 §1: an empty database with demo mode off serves only the page that creates the first administrator.</summary>
public sealed class FirstAdminTests
{
    [Fact]
    public async Task EmptyDatabase_DemoOff_ServesOnlyTheSetUpPageSignInAndHealth()
    {
        await using var app = new FirstRunApp();
        using var client = app.Client();

        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var admin = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/v1/tasks", UriKind.Relative));
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var signIn = await client.GetAsync(new Uri("/signin", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/setup/first-admin", UriKind.Relative));
        using var css = await client.GetAsync(new Uri("/css/chiso.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/setup/first-admin", home.Headers.Location?.OriginalString);
        Assert.Equal("/setup/first-admin", admin.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Contains("chưa có quản trị hệ thống", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Tạo quản trị hệ thống đầu tiên", await FirstRunApp.TextAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoAdministrator_WritesTheCodeToTheLogInOneReadableLine()
    {
        await using var app = new FirstRunApp();

        var code = app.CodeFromLog();
        var line = app.Lines.Single(l => l.Contains("ChiSo setup code:", StringComparison.Ordinal));

        Assert.Matches("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", code);
        Assert.Contains("/setup/first-admin", line, StringComparison.Ordinal);
        Assert.Contains("tạo tài khoản quản trị đầu tiên", line, StringComparison.Ordinal);
        Assert.Contains("create the first administrator", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongCode_IsRefusedAndNothingIsCreated()
    {
        await using var app = new FirstRunApp();
        var code = app.CodeFromLog();
        using var client = app.Client();
        var wrong = (code[0] == 'A' ? "B" : "A") + code[1..];

        using var refused = await FirstRunApp.SubmitAsync(client, wrong, "quantri@tinh.gov.vn", password: "ngan");
        var text = await FirstRunApp.TextAsync(refused);
        await using var db = app.NewContext();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Mã thiết lập không đúng", text, StringComparison.Ordinal);
        // Only the code is judged: nothing about the password or the address is told to someone without it.
        Assert.DoesNotContain("Mật khẩu phải", text, StringComparison.Ordinal);
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task RightCode_CreatesTheAdministratorSignsThemInAndThePageIsGone()
    {
        await using var app = new FirstRunApp();
        var code = app.CodeFromLog();
        using var client = app.Client();

        // Typed in lower case with spaces: still the code.
        using var created = await FirstRunApp.SubmitAsync(client, " " + code.ToLowerInvariant().Replace('-', ' ') + " ", "QuanTri@Tinh.gov.vn");
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var gone = await client.GetAsync(new Uri("/setup/first-admin", UriKind.Relative));
        using var anonymousGone = await app.Client().GetAsync(new Uri("/setup/first-admin", UriKind.Relative));
        using var other = app.Client();
        using var signedIn = await Browser.SignInAsync(other, "quantri@tinh.gov.vn", FirstRunApp.StrongPassword);
        await using var db = app.NewContext();
        var user = await db.Users.SingleAsync();
        var membership = await db.Memberships.SingleAsync();

        Assert.Equal("/?welcome=admin", To(created));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, anonymousGone.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.Equal("Nguyễn Thị Quản Trị", user.DisplayName);
        Assert.Equal((Role.Administrator, (int?)null, user.Id), (membership.Role, membership.UnitId, membership.UserId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "create" && e.EntityId == user.Id && e.Actor == "first-run"));
    }

    [Fact]
    public async Task RightCode_WeakOrMismatchedPassword_SaysWhyAndKeepsWhatWasTyped()
    {
        await using var app = new FirstRunApp();
        var code = app.CodeFromLog();
        using var client = app.Client();

        using var weak = await FirstRunApp.SubmitAsync(client, code, "quantri@tinh.gov.vn", password: "matkhau");
        using var mismatch = await FirstRunApp.SubmitAsync(client, code, "quantri@tinh.gov.vn", confirm: "Khac-Nhau-2026!");
        using var published = await FirstRunApp.SubmitAsync(client, code, "quantri@tinh.gov.vn", password: Browser.Password);
        var weakText = await FirstRunApp.TextAsync(weak);
        await using var db = app.NewContext();

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự", weakText, StringComparison.Ordinal);
        Assert.Contains("value=\"quantri@tinh.gov.vn\"", weakText, StringComparison.Ordinal);
        Assert.Contains("value=\"Nguyễn Thị Quản Trị\"", weakText, StringComparison.Ordinal);
        Assert.Contains("Hai lần nhập mật khẩu", await FirstRunApp.TextAsync(mismatch), StringComparison.Ordinal);
        Assert.Contains("được công bố cho các tài khoản chạy thử", await FirstRunApp.TextAsync(published), StringComparison.Ordinal);
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task TwoRacingSubmissions_CreateOneAdministrator()
    {
        await using var app = new FirstRunApp();
        var code = app.CodeFromLog();
        using var first = app.Client();
        using var second = app.Client();

        var firstToken = Browser.TokenIn(await first.GetStringAsync(new Uri("/setup/first-admin", UriKind.Relative)));
        var secondToken = Browser.TokenIn(await second.GetStringAsync(new Uri("/setup/first-admin", UriKind.Relative)));

        var answers = await Task.WhenAll(
            FirstRunApp.PostAsync(first, firstToken, code, "mot@tinh.gov.vn"), FirstRunApp.PostAsync(second, secondToken, code, "hai@tinh.gov.vn"));
        await using var db = app.NewContext();

        Assert.Equal(1, await db.Memberships.CountAsync(m => m.Role == Role.Administrator));
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Single(answers, a => To(a) == "/?welcome=admin");
        // The other one came too late: the page was gone (404) or the administrator made while it waited (to sign-in).
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.NotFound || To(a) == "/signin");
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Attempts_AreLimitedPerAddress()
    {
        await using var app = new FirstRunApp(attemptsPerMinute: 3);
        using var client = app.Client();

        // Each try loads the page (one request) and posts it (another).
        using var one = await FirstRunApp.SubmitAsync(client, "AAAA-AAAA-AAAA", "a@tinh.gov.vn");
        using var limited = await client.GetAsync(new Uri("/setup/first-admin", UriKind.Relative));
        using var more = await client.GetAsync(new Uri("/setup/first-admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, one.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, more.StatusCode);
    }

    [Fact]
    public async Task AdministratorAddedElsewhere_ClosesTheGateAtOnce()
    {
        await using var app = new FirstRunApp();
        using var client = app.Client();
        using var before = await client.GetAsync(new Uri("/", UriKind.Relative));
        await using (var db = app.NewContext())
        {
            var user = new ChiSoUser { UserName = "cli@tinh.gov.vn", Email = "cli@tinh.gov.vn" };
            db.Users.Add(user);
            db.Memberships.Add(new Membership { UserId = user.Id, Role = Role.Administrator });
            await db.SaveChangesAsync();
        }

        using var after = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var gone = await client.GetAsync(new Uri("/setup/first-admin", UriKind.Relative));

        Assert.Equal("/setup/first-admin", before.Headers.Location?.OriginalString);
        Assert.Contains("/signin", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    /// <summary>Where a redirect goes, as a local path (the pages' redirects are absolute).</summary>
    private static string? To(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } location ? location.PathAndQuery : response.Headers.Location?.OriginalString;
}
