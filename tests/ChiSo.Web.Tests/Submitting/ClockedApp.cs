using System.Net;
using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Web.Features.Demo;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChiSo.Web.Tests.Submitting;

/// <summary>
/// One seeded database seen by two hosts whose clocks differ: <see cref="InWindow"/> on 15/03/2026, inside the demo
/// department campaign's self-assessment phase (set to 01/02–31/03/2026 on start), and <see cref="AfterDeadline"/>
/// on 05/04/2026. Evidence goes to a temporary folder with a 64 KB limit so that "too big" stays small.
/// </summary>
public sealed class ClockedApp : IAsyncLifetime
{
    public const long MaxBytes = 64 * 1024;

    // Owned here and disposed in DisposeAsync (after the two hosts built on it).
    private WebAppFactory Factory { get; } = new();

    public ClockedApp()
    {
        InWindow = Host(new FakeTimeProvider(new DateTimeOffset(2026, 3, 15, 3, 0, 0, TimeSpan.Zero)));
        AfterDeadline = Host(new FakeTimeProvider(new DateTimeOffset(2026, 4, 5, 3, 0, 0, TimeSpan.Zero)));
    }

    public string EvidenceFolder { get; } = Path.Combine(Path.GetTempPath(), $"chiso-evidence-{Guid.NewGuid():N}");

    public WebApplicationFactory<Program> InWindow { get; }

    public WebApplicationFactory<Program> AfterDeadline { get; }

    public int CampaignId { get; private set; }

    public int OwnUnitId { get; private set; }

    public int SubmissionId { get; private set; }

    public ChiSoDbContext NewContext() => ChiSoDatabase.CreateContext(InWindow.Services.GetRequiredService<DatabaseOptions>());

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        var campaign = await db.Campaigns.SingleAsync(c => c.Name.Contains("sở, ban, ngành"));
        var unit = await db.Units.SingleAsync(u => u.Code == DemoAccounts.DepartmentCode);
        (CampaignId, OwnUnitId) = (campaign.Id, unit.Id);
        SubmissionId = await db.Submissions.Where(s => s.CampaignId == campaign.Id && s.UnitId == unit.Id).Select(s => s.Id).SingleAsync();

        // The tests state their own schedule rather than rely on the demo's: 01/02–31/03/2026, as DemoSchedule has it today.
        await db.CampaignPhases.Where(p => p.CampaignId == campaign.Id && p.Kind == PhaseKind.SelfAssessment)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Opens, new DateOnly(2026, 2, 1)).SetProperty(x => x.Closes, new DateOnly(2026, 3, 31)));
    }

    /// <summary>A signed-in client and the antiforgery token of the unit's entry page (empty when the page shows no form).</summary>
    public async Task<(HttpClient Client, string Token)> SignInAsync(WebApplicationFactory<Program> app, string email)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var _ = await Browser.SignInAsync(client, email);
        using var page = await client.GetAsync(new Uri($"/campaigns/{CampaignId}/units/{OwnUnitId}", UriKind.Relative));
        return (client, Browser.TokenIn(WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync())));
    }

    public async Task RemoveExtensionsAsync()
    {
        await using var db = NewContext();
        await db.DeadlineExtensions.Where(e => e.CampaignId == CampaignId && e.UnitId == OwnUnitId).ExecuteDeleteAsync();
    }

    public async Task DisposeAsync()
    {
        await InWindow.DisposeAsync();
        await AfterDeadline.DisposeAsync();
        await Factory.DisposeAsync();
        if (Directory.Exists(EvidenceFolder))
        {
            Directory.Delete(EvidenceFolder, recursive: true);
        }
    }

    private WebApplicationFactory<Program> Host(FakeTimeProvider clock) => Factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Evidence:Folder", EvidenceFolder);
        builder.UseSetting("Evidence:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
    });
}

[CollectionDefinition(Name)]
public sealed class ClockedAppGroup : ICollectionFixture<ClockedApp>
{
    public const string Name = "clocked app";
}
