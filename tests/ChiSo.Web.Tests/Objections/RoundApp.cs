using System.Net;
using System.Net.Http.Json;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChiSo.Web.Tests.Objections;

/// <summary>
/// The demo department campaign with its round-1 result out (stage and snapshot written directly, as the rounds work
/// will do): the confirmation window 01/05–10/05/2026, round 2 until 31/05/2026. Three hosts on one database whose
/// clocks differ: <see cref="Early"/> (20/04, before units see the result), <see cref="InWindow"/> (05/05) and
/// <see cref="Late"/> (11/05). The demo reviewer covers every unit; a second reviewer covers only another department.
/// </summary>
public sealed class RoundApp : IAsyncLifetime
{
    public const string Reporter = "baocao@demo.chiso.vn";
    public const string Head = "thutruong@demo.chiso.vn";
    public const string Reviewer = "thamdinh@demo.chiso.vn";
    public const string Organiser = "tochuc@demo.chiso.vn";
    public const string OtherReviewer = "thamdinh.s07@kiemthu.chiso.vn";

    private WebAppFactory Factory { get; } = new();

    public RoundApp()
    {
        Early = Host(new FakeTimeProvider(new DateTimeOffset(2026, 4, 20, 3, 0, 0, TimeSpan.Zero)));
        InWindow = Host(new FakeTimeProvider(new DateTimeOffset(2026, 5, 5, 3, 0, 0, TimeSpan.Zero)));
        Late = Host(new FakeTimeProvider(new DateTimeOffset(2026, 5, 11, 3, 0, 0, TimeSpan.Zero)));
    }

    public string EvidenceFolder { get; } = Path.Combine(Path.GetTempPath(), $"chiso-evidence-{Guid.NewGuid():N}");

    public WebApplicationFactory<Program> Early { get; }

    public WebApplicationFactory<Program> InWindow { get; }

    public WebApplicationFactory<Program> Late { get; }

    public DemoIds Ids { get; private set; } = default!;

    public string OtherUnitReporter { get; private set; } = "";

    public ChiSoDbContext NewContext() => ChiSoDatabase.CreateContext(InWindow.Services.GetRequiredService<DatabaseOptions>());

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        Ids = await DemoIds.ReadAsync(db);
        var id = Ids.CampaignId;
        await db.CampaignPhases.Where(p => p.CampaignId == id && p.Kind == PhaseKind.Confirmation)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Opens, new DateOnly(2026, 5, 1)).SetProperty(x => x.Closes, new DateOnly(2026, 5, 10)));
        await db.CampaignPhases.Where(p => p.CampaignId == id && p.Kind == PhaseKind.Round2Review)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Opens, new DateOnly(2026, 5, 11)).SetProperty(x => x.Closes, new DateOnly(2026, 5, 31)));
        await db.DeadlineExtensions.Where(e => e.CampaignId == id && e.Phase == PhaseKind.Confirmation).ExecuteDeleteAsync();
        await SetStageAsync(ReviewStage.Round1Out);
        var scored = await new CampaignScoring(db, TimeProvider.System, InWindow.Services.GetRequiredService<ScoringPlans>()).ComputeAsync(id, Rounds.First, "test");
        Assert.NotNull(scored.Snapshot);

        OtherUnitReporter = await OtherUnitAccount.EnsureAsync(InWindow.Services);
        var reviewer = await db.Users.Where(u => u.Email == Reviewer).Select(u => u.Id).SingleAsync();
        var other = await OtherReviewerAsync();
        db.ReviewerAssignments.AddRange(
            new ReviewerAssignment { CampaignId = id, UserId = reviewer, AssignedBy = Organiser },
            new ReviewerAssignment { CampaignId = id, UserId = other, UnitId = Ids.OtherUnitId, AssignedBy = Organiser });
        await db.SaveChangesAsync();
    }

    public async Task SetStageAsync(ReviewStage stage)
    {
        await using var db = NewContext();
        await db.Campaigns.Where(c => c.Id == Ids.CampaignId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, stage));
    }

    /// <summary>A signed-in client and an antiforgery token for its scripts' calls.</summary>
    public static async Task<(HttpClient Client, string Token)> SignInAsync(WebApplicationFactory<Program> app, string email)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signedIn = await Browser.SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var home = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        return (client, Browser.TokenIn(home));
    }

    /// <summary>A script's JSON post with the antiforgery token in its header.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string path, object body)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        message.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(message);
    }

    public async Task DisposeAsync()
    {
        await Early.DisposeAsync();
        await InWindow.DisposeAsync();
        await Late.DisposeAsync();
        await Factory.DisposeAsync();
        if (Directory.Exists(EvidenceFolder))
        {
            Directory.Delete(EvidenceFolder, recursive: true);
        }
    }

    private async Task<string> OtherReviewerAsync()
    {
        using var scope = InWindow.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ChiSoUser>>();
        var user = new ChiSoUser { UserName = OtherReviewer, Email = OtherReviewer, DisplayName = "Thẩm định viên (Sở Xây dựng)", EmailConfirmed = true };
        var created = await users.CreateAsync(user, Browser.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<ChiSoDbContext>();
        db.Memberships.Add(new Membership { UserId = user.Id, Role = Role.Reviewer });
        await db.SaveChangesAsync();
        return user.Id;
    }

    private WebApplicationFactory<Program> Host(FakeTimeProvider clock) => Factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Evidence:Folder", EvidenceFolder);
        builder.UseSetting("App:PublicUrl", "https://chiso.example.vn");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
    });
}
