using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Shared;

/// <summary>A database already in real use, with demo mode left on (the default): it must not gain the demo accounts.</summary>
public sealed class RealDatabaseStartupTests
{
    [Fact]
    public async Task Start_DatabaseWithRealCampaignsOnly_NoDemoAccountIsCreated()
    {
        await using var factory = new WebAppFactory();
        var options = new DatabaseOptions { ConnectionString = $"Data Source={factory.DatabasePath}" };
        await ChiSoDatabase.EnsureReadyAsync(options);
        await using (var db = ChiSoDatabase.CreateContext(options))
        {
            var edition = FrameworkEdition.Draft("that-nghiem", 2026, "Bộ chỉ số của tỉnh", "id: that-nghiem\n");
            db.FrameworkEditions.Add(edition);
            await db.SaveChangesAsync();
            db.Campaigns.Add(new Campaign { Name = "DTI tỉnh 2026", Year = 2026, FrameworkEditionId = edition.Id, Status = CampaignStatus.Draft });
            await db.SaveChangesAsync();
        }

        using var client = factory.CreateClient();
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        await using var after = factory.NewContext();

        Assert.True(health.IsSuccessStatusCode);
        Assert.False(await after.Users.AnyAsync(u => u.Email!.EndsWith("@demo.chiso.vn")));
        Assert.False(await after.Campaigns.AnyAsync(c => c.IsDemo));
    }
}
