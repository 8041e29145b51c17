using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Notifications;
using ChiSo.Web.Features.Accounts;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.People;

/// <summary>
/// An app of its own for the people tests (they create accounts), with bearer tokens for the demo administrator, the
/// demo (system-wide) organiser, an organiser of Tây Ninh only and the demo reporter.
/// </summary>
public sealed partial class PeopleApp : IAsyncLifetime
{
    public const string ProvinceOrganiser = "tochuc.tayninh@kiemthu.chiso.vn";

    private readonly Dictionary<string, string> _tokens = [];

    public WebAppFactory Factory { get; } = new();

    public WebApplicationFactory<Program> App { get; private set; } = default!;

    /// <summary>A unit of another province than Tây Ninh (80), and a unit of Tây Ninh.</summary>
    public string OtherProvinceUnit { get; private set; } = "";

    public string OwnProvinceUnit { get; } = Features.Demo.DemoAccounts.DepartmentCode;

    public ChiSoDbContext NewContext() => ChiSoDatabase.CreateContext(App.Services.GetRequiredService<DatabaseOptions>());

    public async Task InitializeAsync()
    {
        App = Factory.WithWebHostBuilder(b => b.UseSetting("People:NewLinkMilliseconds", "300").UseSetting("People:NewLinkPermitsPerMinute", "1000"));
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChiSoDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ChiSoUser>>();
        var province = await db.Units.SingleAsync(u => u.Code == Features.Demo.DemoAccounts.ProvinceCode && u.ValidTo == null && u.Level == UnitLevel.Province);
        OtherProvinceUnit = await db.Units.Where(u => u.Level == UnitLevel.Province && u.ValidTo == null && u.Code != province.Code).OrderBy(u => u.Code).Select(u => u.Code).FirstAsync();
        var organiser = new ChiSoUser { UserName = ProvinceOrganiser, Email = ProvinceOrganiser, DisplayName = "Tổ chức Tây Ninh", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(organiser, Browser.Password)).Succeeded);
        db.Memberships.Add(new Membership { UserId = organiser.Id, Role = Role.Organiser, UnitId = province.Id });
        await db.SaveChangesAsync();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokens>();
        foreach (var email in new[] { "quantri@demo.chiso.vn", "tochuc@demo.chiso.vn", ProvinceOrganiser, "baocao@demo.chiso.vn" })
        {
            var user = await users.FindByEmailAsync(email);
            var (made, problem) = await tokens.CreateAsync(user!.Id, email, "kiểm thử", null);
            Assert.Null(problem);
            _tokens[email] = made!.Text;
        }
    }

    public Task DisposeAsync() => Factory.DisposeAsync().AsTask();

    /// <summary>A client with only a bearer header: no cookie, no antiforgery token.</summary>
    public HttpClient As(string email)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[email]);
        return client;
    }

    public HttpClient Administrator() => As("quantri@demo.chiso.vn");

    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}@kiemthu.chiso.vn";

    public static object Person(string name, string email, string role, string? unit, string? phone = null) =>
        new { name, email, phone, memberships = new[] { new { role, unitCode = unit } } };

    /// <summary>Creates a person as the administrator and returns their id.</summary>
    public async Task<string> CreateAsync(string name, string email, string role = "UnitReporter", string? unit = null)
    {
        using var admin = Administrator();
        using var response = await admin.PostAsJsonAsync(new Uri("/api/v1/people", UriKind.Relative), Person(name, email, role, unit ?? OwnProvinceUnit));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Features.People.CreatedPerson>())!.Id;
    }

    /// <summary>The set-password secrets mailed to <paramref name="email"/>, oldest first.</summary>
    public async Task<List<string>> MailedSecretsAsync(string email)
    {
        await using var db = NewContext();
        var bodies = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).Select(m => m.Body).ToListAsync();
        return [.. bodies.Select(b => Secret().Match(b).Groups[1].Value)];
    }

    /// <summary>The problem's detail, decoded (JSON escapes quotes).</summary>
    public static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("detail").GetString() ?? "";
    }

    [GeneratedRegex(@"/account/set-password\?ticket=([A-Za-z0-9_\-]{43})")]
    public static partial Regex Secret();
}
