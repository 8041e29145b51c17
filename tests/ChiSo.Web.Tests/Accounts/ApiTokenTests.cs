using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Accounts;
using ChiSo.Web.Features.Demo;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Accounts;

public sealed partial class ApiTokenTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    private const string Reporter = "baocao@demo.chiso.vn";

    [Fact]
    public async Task TokensPage_Create_ShowsTheTextOnceAndStoresOnlyItsHash()
    {
        using var client = await app.SignInAsync(Reporter);

        using var response = await AccountsApp.PostFormAsync(client, "/account/tokens", "/account/tokens",
            new Dictionary<string, string> { ["_handler"] = "create", ["name"] = "Cổng dữ liệu tỉnh", ["expires"] = "" });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var text = TokenText().Match(page).Value;
        var later = await AccountsApp.PageAsync(client, "/account/tokens");
        await using var db = app.NewContext();
        var stored = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Name == "Cổng dữ liệu tỉnh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(49, text.Length); // "chiso_" + 43 characters of base64url for 32 bytes
        Assert.Equal(ApiTokens.HashOf(text), stored.Hash);
        Assert.DoesNotContain(text, later, StringComparison.Ordinal);
        Assert.Contains("Cổng dữ liệu tỉnh", later, StringComparison.Ordinal);
        Assert.Equal(90, (stored.Expires - stored.Created.Date).TotalDays);
    }

    [Fact]
    public async Task Bearer_ReadsTasksAndSavesAValue_WithoutCookieOrAntiforgery()
    {
        var ids = await IdsAsync();
        var token = await CreateAsync(Reporter, "Đồng bộ số liệu");
        using var bearer = app.Bearer(token);

        using var tasks = await AccountsApp.TasksAsync(bearer);
        using var saved = await bearer.PostAsJsonAsync(new Uri($"/api/v1/submissions/{ids.OwnSubmissionId}/values", UriKind.Relative),
            new { criterion = "1.3", input = "van_ban_ky", value = "5", version = await VersionAsync(ids.OwnSubmissionId) });
        await using var db = app.NewContext();
        var value = await db.InputValues.AsNoTracking().SingleAsync(v => v.SubmissionId == ids.OwnSubmissionId
            && v.Round == Data.Submissions.Rounds.Self && v.CriterionCode == "1.3" && v.InputId == "van_ban_ky");
        var used = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Hash == ApiTokens.HashOf(token));

        Assert.Equal(HttpStatusCode.OK, tasks.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(5, value.Number);
        Assert.Equal(Reporter, value.EnteredBy);
        Assert.NotNull(used.LastUsed);
    }

    [Fact]
    public async Task Bearer_OtherUnitsSubmission_StillForbidden()
    {
        var token = await CreateAsync("lanhdao@demo.chiso.vn", "Lãnh đạo");
        var ids = await IdsAsync();
        using var bearer = app.Bearer(token);

        using var saved = await bearer.PostAsJsonAsync(new Uri($"/api/v1/submissions/{ids.OwnSubmissionId}/values", UriKind.Relative),
            new { criterion = "1.3", input = "van_ban_ky", value = "5", version = (int?)null });

        Assert.Equal(HttpStatusCode.Forbidden, saved.StatusCode);
    }

    [Fact]
    public async Task Bearer_RevokedToken_Refused401WithVietnameseProblem()
    {
        using var client = await app.SignInAsync(Reporter);
        var created = await CreateWithAsync(client, "Sẽ thu hồi");
        using var revoke = await SendAsync(client, HttpMethod.Post, $"/api/v1/account/tokens/{created.GetProperty("id").GetInt32()}/revoke", null);
        using var bearer = app.Bearer(created.GetProperty("token").GetString()!);

        using var response = await AccountsApp.TasksAsync(bearer);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("đã bị thu hồi hoặc đã hết hạn", body, StringComparison.Ordinal);
        await using var db = app.NewContext();
        var id = created.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var actions = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == "ApiToken" && e.EntityId == id).Select(e => new { e.Action, e.Actor, e.After }).ToListAsync();
        Assert.Equal(["create", "revoke"], actions.Select(a => a.Action));
        Assert.All(actions, a => Assert.Equal(Reporter, a.Actor));
        Assert.All(actions, a => Assert.DoesNotContain(created.GetProperty("token").GetString()!, a.After ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignOutEverywhere_BySelf_AlsoRevokesTheUsersTokens()
    {
        const string Email = "lanhdao@demo.chiso.vn";
        var token = await CreateAsync(Email, "Báo cáo lãnh đạo");
        using var bearer = app.Bearer(token);
        using var before = await AccountsApp.TasksAsync(bearer);
        using var client = await app.SignInAsync(Email);

        using var signOut = await AccountsApp.PostFormAsync(client, "/account/signout-everywhere", "/account");
        using var after = await AccountsApp.TasksAsync(bearer);
        await using var db = app.NewContext();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (before.StatusCode, after.StatusCode));
        Assert.NotNull((await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Hash == ApiTokens.HashOf(token))).Revoked);
    }

    [Fact]
    public async Task SignOutEverywhere_ByAdministrator_AlsoRevokesTheUsersTokensButNotOthers()
    {
        var token = await CreateAsync("thutruong@demo.chiso.vn", "Thủ trưởng");
        var others = await CreateAsync(Reporter, "Của người khác");
        using var admin = await app.SignInAsync("quantri@demo.chiso.vn");
        await using var db = app.NewContext();
        var id = await db.Users.Where(u => u.Email == "thutruong@demo.chiso.vn").Select(u => u.Id).SingleAsync();

        using var response = await AccountsApp.PostFormAsync(admin, $"/admin/users/{id}/signout-everywhere", "/admin/users");
        using var bearer = app.Bearer(token);
        using var refused = await AccountsApp.TasksAsync(bearer);
        using var other = app.Bearer(others);
        using var kept = await AccountsApp.TasksAsync(other);

        Assert.Contains("done=signout", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (refused.StatusCode, kept.StatusCode));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "revoke-api-tokens" && e.EntityId == id && e.Actor == "quantri@demo.chiso.vn"));
    }

    [Fact]
    public async Task Bearer_ExpiredToken_Refused401()
    {
        const string Text = "chiso_expired-token-for-the-test-only-000000000";
        await using (var db = app.NewContext())
        {
            var user = await db.Users.SingleAsync(u => u.Email == Reporter);
            db.ApiTokens.Add(new ApiToken
            {
                UserId = user.Id, Name = "Hết hạn", Hash = ApiTokens.HashOf(Text),
                Created = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-100), Expires = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-1),
            });
            await db.SaveChangesAsync();
        }

        using var bearer = app.Bearer(Text);
        using var response = await AccountsApp.TasksAsync(bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("chiso_not-a-real-token")]
    [InlineData("something-else")]
    public async Task Bearer_UnknownToken_Refused401(string text)
    {
        using var bearer = app.Bearer(text);

        using var response = await AccountsApp.TasksAsync(bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Bearer_DeactivatedAccount_Refused401()
    {
        var token = await CreateAsync("thamdinh@demo.chiso.vn", "Thẩm định");
        await using (var db = app.NewContext())
        {
            await db.Users.Where(u => u.Email == "thamdinh@demo.chiso.vn")
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue));
        }

        using var bearer = app.Bearer(token);
        using var response = await AccountsApp.TasksAsync(bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("đang bị khóa", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Issue 10 §3: five wrong passwords from anyone must not stop an account's integrations.</summary>
    [Fact]
    public async Task Bearer_AfterManyWrongPasswords_StillWorksAndNothingIsLocked()
    {
        const string email = "tich-hop@demo.chiso.vn";
        using (var scope = app.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Accounts.ChiSoUser>>();
            Assert.True((await users.CreateAsync(new Data.Accounts.ChiSoUser { UserName = email, Email = email }, "Tich-Hop-2026")).Succeeded);
        }

        using var owner = await app.SignInAsync(email, "Tich-Hop-2026");
        var token = await CreateTokenAsync(owner, "Bảng điều khiển");
        using (var stranger = app.Anonymous())
        {
            for (var i = 0; i < 6; i++)
            {
                using var _ = await Browser.SignInAsync(stranger, email, "Sai-mat-khau-1");
            }
        }

        using var bearer = app.Bearer(token);
        using var response = await AccountsApp.TasksAsync(bearer);
        await using var db = app.NewContext();

        Assert.Null((await db.Users.SingleAsync(u => u.Email == email)).LockoutEnd);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Revoke_AnotherUsersToken_NotFoundAndStillWorks()
    {
        using var owner = await app.SignInAsync(Reporter);
        var created = await CreateWithAsync(owner, "Của báo cáo");
        var id = created.GetProperty("id").GetInt32();
        using var stranger = await app.SignInAsync("tochuc@demo.chiso.vn");

        using var api = await SendAsync(stranger, HttpMethod.Post, $"/api/v1/account/tokens/{id}/revoke", null);
        using var form = await AccountsApp.PostFormAsync(stranger, $"/account/tokens/{id}/revoke", "/account/tokens");
        using var bearer = app.Bearer(created.GetProperty("token").GetString()!);
        using var still = await AccountsApp.TasksAsync(bearer);

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task RevokeForm_OwnToken_RevokedAndBackToTheList()
    {
        using var owner = await app.SignInAsync(Reporter);
        var created = await CreateWithAsync(owner, "Thu hồi bằng nút");

        using var form = await AccountsApp.PostFormAsync(owner, $"/account/tokens/{created.GetProperty("id").GetInt32()}/revoke", "/account/tokens");
        var page = await AccountsApp.PageAsync(owner, form.Headers.Location!.OriginalString);

        Assert.Equal("/account/tokens?revoked=true", form.Headers.Location.OriginalString);
        Assert.Contains("Đã thu hồi mã truy cập.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListApi_OwnTokensOnly_NeverTheText()
    {
        using var owner = await app.SignInAsync("thutruong@demo.chiso.vn");
        var created = await CreateWithAsync(owner, "Danh sách");
        var bearer = app.Bearer(created.GetProperty("token").GetString()!);

        var json = await bearer.GetStringAsync(new Uri("/api/v1/account/tokens", UriKind.Relative));
        bearer.Dispose();

        Assert.Contains("Danh sách", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Của báo cáo", json, StringComparison.Ordinal);
        Assert.DoesNotContain("chiso_", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateApi_ExpiryBeyondOneYear_Refused400()
    {
        using var client = await app.SignInAsync(Reporter);
        var tooLate = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddYears(1).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await SendAsync(client, HttpMethod.Post, "/api/v1/account/tokens", new { name = "Quá dài", expires = tooLate });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không quá một năm", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateApi_CookieWithoutAntiforgeryHeader_Refused400()
    {
        using var client = await app.SignInAsync(Reporter);

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/account/tokens", UriKind.Relative), new { name = "Không có mã chống giả mạo" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TokenApi_Anonymous_Refused401()
    {
        using var client = app.Anonymous();

        using var list = await client.GetAsync(new Uri("/api/v1/account/tokens", UriKind.Relative));
        using var create = await client.PostAsJsonAsync(new Uri("/api/v1/account/tokens", UriKind.Relative), new { name = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
    }

    [Fact]
    public async Task TokensPage_Anonymous_SentToSignIn()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/account/tokens", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTokenEndpointsAndTheBearerScheme()
    {
        using var client = app.Anonymous();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("/api/v1/account/tokens/{id}/revoke", document, StringComparison.Ordinal);
        Assert.Contains("\"scheme\": \"bearer\"", document, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/users", document, StringComparison.Ordinal);
    }

    private Task<string> CreateAsync(string email, string name) => CreateAsync(app, email, name);

    /// <summary>A new API token of <paramref name="email"/>, made through the API as the tokens page's script does.</summary>
    internal static async Task<string> CreateAsync(AccountsApp app, string email, string name)
    {
        using var client = await app.SignInAsync(email);
        return await CreateTokenAsync(client, name);
    }

    /// <summary>A new API token of the user signed in on <paramref name="client"/>.</summary>
    internal static async Task<string> CreateTokenAsync(HttpClient client, string name) =>
        (await CreateWithAsync(client, name)).GetProperty("token").GetString()!;

    private static async Task<JsonElement> CreateWithAsync(HttpClient client, string name)
    {
        using var response = await SendAsync(client, HttpMethod.Post, "/api/v1/account/tokens", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>A script's JSON call: the cookie and the antiforgery token of the tokens page in the header.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body)
    {
        var token = Browser.TokenIn(await AccountsApp.PageAsync(client, "/account/tokens"));
        using var message = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        message.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(message);
    }

    private async Task<DemoIds> IdsAsync()
    {
        await using var db = app.NewContext();
        var campaign = await db.Campaigns.SingleAsync(c => c.Name.Contains("sở, ban, ngành"));
        var own = await db.Units.SingleAsync(u => u.Code == DemoAccounts.DepartmentCode);
        var submission = await db.Submissions.SingleAsync(s => s.CampaignId == campaign.Id && s.UnitId == own.Id);
        return new DemoIds(campaign.Id, own.Id, 0, submission.Id);
    }

    private async Task<int?> VersionAsync(int submissionId)
    {
        await using var db = app.NewContext();
        return await db.InputValues.AsNoTracking().Where(v => v.SubmissionId == submissionId && v.Round == Data.Submissions.Rounds.Self
            && v.CriterionCode == "1.3" && v.InputId == "van_ban_ky").Select(v => (int?)v.Version).SingleOrDefaultAsync();
    }

    [GeneratedRegex("chiso_[A-Za-z0-9_-]{43}")]
    private static partial Regex TokenText();
}
