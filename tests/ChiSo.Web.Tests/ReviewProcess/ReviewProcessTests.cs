using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChiSo.Data.Accounts;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Review;
using ChiSo.Web.Features.Accounts;
using ChiSo.Web.Features.Demo;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.ReviewProcess;

/// <summary>The demo department campaign on a host whose clock the tests move; each test puts the campaign back at Collecting.</summary>
public sealed class ReviewProcessApp : IAsyncLifetime
{
    private WebAppFactory Factory { get; } = new();

    public MovableClock Clock { get; } = new();

    public WebApplicationFactory<Program> App { get; private set; } = default!;

    public DemoIds Ids { get; private set; } = default!;

    private CampaignStatus _status;

    public Data.ChiSoDbContext NewContext() => Factory.NewContext();

    public async Task InitializeAsync()
    {
        App = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)));
        Ids = await DemoIds.ReadAsync(Factory);
        await using (var db = NewContext())
        {
            _status = await db.Campaigns.Where(c => c.Id == Ids.CampaignId).Select(c => c.Status).SingleAsync();
        }

        await ResetAsync();
    }

    /// <summary>Back to Collecting (and the campaign's status) with no snapshot, the confirmation window 10/05–20/05/2026 and no extension of it.</summary>
    public async Task ResetAsync()
    {
        await using var db = NewContext();
        var id = Ids.CampaignId;
        await db.Campaigns.Where(c => c.Id == id).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, ReviewStage.Collecting).SetProperty(x => x.Status, _status));
        await db.Submissions.Where(s => s.CampaignId == id && s.Status == Data.Submissions.SubmissionStatus.Round1Published)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, Data.Submissions.SubmissionStatus.Submitted));
        await db.ResultSnapshots.Where(s => s.CampaignId == id).ExecuteDeleteAsync();
        await db.CampaignPhases.Where(p => p.CampaignId == id && p.Kind == PhaseKind.Confirmation).ExecuteDeleteAsync();
        await db.DeadlineExtensions.Where(e => e.CampaignId == id && e.Phase == PhaseKind.Confirmation).ExecuteDeleteAsync();
        db.CampaignPhases.Add(new CampaignPhase { CampaignId = id, Kind = PhaseKind.Confirmation, Opens = new(2026, 5, 10), Closes = new(2026, 5, 20) });
        await db.SaveChangesAsync();
        Clock.Now = new DateTimeOffset(2026, 5, 4, 3, 0, 0, TimeSpan.Zero);
    }

    /// <summary>A browser signed in as <paramref name="email"/>, with the antiforgery token of the campaign page.</summary>
    public async Task<(Browser Browser, string Token)> SignInAsync(string email)
    {
        var browser = new Browser(App);
        using var _ = await browser.SignInAsync(email);
        return (browser, Browser.TokenIn(await browser.PageAsync($"/campaigns/{Ids.CampaignId}")));
    }

    /// <summary>Plays a move as the demo would: through the same service, outside HTTP.</summary>
    public async Task<StepOutcome> PlayAsync(Func<ReviewRounds, Task<StepOutcome>> move)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await move(scope.ServiceProvider.GetRequiredService<ReviewRounds>());
    }

    public async Task<string> TokenOfAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ChiSoUser>>().FindByEmailAsync(email);
        var (made, _) = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(user!.Id, email, "Quy trình thẩm định", null);
        return made!.Text;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Factory.DisposeAsync();
    }
}

/// <summary>A clock the tests set, forwards and back (each test starts on 04/05/2026).</summary>
public sealed class MovableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 5, 4, 3, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}

[CollectionDefinition(Name)]
public sealed class ReviewProcessGroup : ICollectionFixture<ReviewProcessApp>
{
    public const string Name = "review process app";
}

[Collection(ReviewProcessGroup.Name)]
public class ReviewProcessTests(ReviewProcessApp app) : IAsyncLifetime
{
    private const string Organiser = "tochuc@demo.chiso.vn";
    private const string Reporter = "baocao@demo.chiso.vn";
    private const string Leader = "lanhdao@demo.chiso.vn";

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => app.ResetAsync();

    private string Stage(string move) => $"/campaigns/{app.Ids.CampaignId}/stage/{move}";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? token, Dictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields);
        if (token is not null)
        {
            all["__RequestVerificationToken"] = token;
        }

        using var form = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    private async Task<int> VersionAsync()
    {
        await using var db = app.NewContext();
        return await db.Campaigns.Where(c => c.Id == app.Ids.CampaignId).Select(c => c.Version).SingleAsync();
    }

    [Fact]
    public async Task Panel_OrganiserOpensTheReviewByItsForm_OthersAreRefusedInVietnamese_AndAStaleVersionConflicts()
    {
        var (organiser, token) = await app.SignInAsync(Organiser);
        var (reporter, reporterToken) = await app.SignInAsync(Reporter);
        var (leader, leaderToken) = await app.SignInAsync(Leader);
        using var _ = organiser;
        using var __ = reporter;
        using var ___ = leader;

        var page = await organiser.PageAsync($"/campaigns/{app.Ids.CampaignId}");
        Assert.Contains("Quy trình thẩm định", page, StringComparison.Ordinal);
        Assert.Contains("Mở thẩm định vòng 1", page, StringComparison.Ordinal);
        Assert.Contains("10/05/2026", page, StringComparison.Ordinal); // the confirmation window's first day, beside its step
        Assert.DoesNotContain("Mở thẩm định vòng 1", await reporter.PageAsync($"/campaigns/{app.Ids.CampaignId}"), StringComparison.Ordinal);

        using var byReporter = await PostAsync(reporter.Client, "/api" + "/v1" + Stage("open-review"), reporterToken, []);
        Assert.Equal(HttpStatusCode.Forbidden, byReporter.StatusCode);
        Assert.Contains("Chỉ người tổ chức kỳ đánh giá", await byReporter.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var stale = await PostAsync(organiser.Client, Stage("open-review"), token, new() { ["version"] = "-1" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Hãy tải lại trang", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var noToken = await PostAsync(organiser.Client, Stage("open-review"), null, []);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        using var apiNoToken = await organiser.Client.PostAsync(new Uri("/api/v1" + Stage("open-review"), UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.BadRequest, apiNoToken.StatusCode);
        await using (var db = app.NewContext())
        {
            Assert.Equal(ReviewStage.Collecting, await db.Campaigns.Where(c => c.Id == app.Ids.CampaignId).Select(c => c.Stage).SingleAsync());
        }

        using var moved = await PostAsync(organiser.Client, Stage("open-review"), token, new() { ["version"] = (await VersionAsync()).ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"/campaigns/{app.Ids.CampaignId}?moved=open-review#quy-trinh", moved.Headers.Location?.OriginalString);
        await using (var db = app.NewContext())
        {
            Assert.Equal(ReviewStage.Round1Review, await db.Campaigns.Where(c => c.Id == app.Ids.CampaignId).Select(c => c.Stage).SingleAsync());
            Assert.Equal(Organiser, (await db.AuditEvents.OrderByDescending(e => e.Id).FirstAsync(e => e.Action == "stage.review-opened")).Actor);
        }

        // The leader may approve, but not at this stage: a plain sentence naming the stage, as a page for the form.
        using var early = await PostAsync(leader.Client, Stage("approve"), leaderToken, []);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("đang ở bước \"Thẩm định vòng 1\"", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var organiserApproves = await PostAsync(organiser.Client, Stage("approve"), token, []);
        Assert.Equal(HttpStatusCode.Forbidden, organiserApproves.StatusCode);
    }

    [Fact]
    public async Task StageApi_WithABearerToken_NeedsNoAntiforgery_AndListsWhatTheCallerMayDo()
    {
        using var bearer = app.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.TokenOfAsync(Organiser));

        using var view = JsonDocument.Parse(await bearer.GetStringAsync(new Uri($"/api/v1/campaigns/{app.Ids.CampaignId}/stage", UriKind.Relative)));
        Assert.Equal("Collecting", view.RootElement.GetProperty("stage").GetString());
        Assert.Equal(["open-review"], view.RootElement.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("move").GetString()));
        using var moved = await bearer.PostAsync(new Uri($"/api/v1/campaigns/{app.Ids.CampaignId}/stage/open-review", UriKind.Relative), null);

        Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await moved.Content.ReadAsStringAsync());
        Assert.Equal("Round1Review", body.RootElement.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Results_AUnitSeesOnlyItsOwnRound1Result_AndOnlyFromTheConfirmationWindowsFirstDay()
    {
        Assert.True((await app.PlayAsync(r => r.OpenReviewAsync(app.Ids.CampaignId, Organiser))).IsDone);
        Assert.True((await app.PlayAsync(async r => (await r.PublishRound1Async(app.Ids.CampaignId, Organiser)).Outcome)).IsDone);
        var (organiser, _) = await app.SignInAsync(Organiser);
        var (reporter, _) = await app.SignInAsync(Reporter);
        using var o = organiser;
        using var r = reporter;
        var path = $"/api/v1/campaigns/{app.Ids.CampaignId}/results?round=1";

        // 04/05: the round-1 result exists, but units see it from 10/05.
        using var before = JsonDocument.Parse(await reporter.Client.GetStringAsync(new Uri(path, UriKind.Relative)));
        Assert.Equal(0, before.RootElement.GetProperty("units").GetArrayLength());
        Assert.Contains("10/05/2026", before.RootElement.GetProperty("note").GetString(), StringComparison.Ordinal);
        using var all = JsonDocument.Parse(await organiser.Client.GetStringAsync(new Uri(path, UriKind.Relative)));
        await using (var db = app.NewContext())
        {
            Assert.Equal(await db.CampaignUnits.CountAsync(c => c.CampaignId == app.Ids.CampaignId), all.RootElement.GetProperty("units").GetArrayLength());
        }

        // 10/05 in Vietnam (09/05 17:00 UTC): its own unit, and no other (signed in again: the first session has expired).
        app.Clock.Now = new DateTimeOffset(2026, 5, 9, 17, 0, 0, TimeSpan.Zero);
        var (later, _) = await app.SignInAsync(Reporter);
        using var l = later;
        using var from = JsonDocument.Parse(await later.Client.GetStringAsync(new Uri(path, UriKind.Relative)));
        var own = Assert.Single(from.RootElement.GetProperty("units").EnumerateArray());
        Assert.Equal(DemoAccounts.DepartmentCode, own.GetProperty("code").GetString());
        Assert.True(own.GetProperty("nodes")[0].GetProperty("rank").GetInt32() > 0);

        using var bad = await later.Client.GetAsync(new Uri($"/api/v1/campaigns/{app.Ids.CampaignId}/results?round=3", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Tham số round phải là 1, 2 hoặc final", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var final = await later.Client.GetAsync(new Uri($"/api/v1/campaigns/{app.Ids.CampaignId}/results?round=final", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Conflict, final.StatusCode);
        Assert.Contains("chưa công bố", await final.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_AsCsv_AreUtf8WithABom_OneRowPerUnitAndNode()
    {
        Assert.True((await app.PlayAsync(r => r.OpenReviewAsync(app.Ids.CampaignId, Organiser))).IsDone);
        Assert.True((await app.PlayAsync(async r => (await r.PublishRound1Async(app.Ids.CampaignId, Organiser)).Outcome)).IsDone);
        var (organiser, _) = await app.SignInAsync(Organiser);
        using var _ = organiser;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/campaigns/{app.Ids.CampaignId}/results?round=1", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/csv");

        using var response = await organiser.Client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"unit_code\",\"unit_name\",\"node\",\"points\",\"value\",\"rank\"", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"\"{DemoAccounts.DepartmentCode}\",\"Sở Khoa học và Công nghệ", StringComparison.Ordinal));
    }
}
