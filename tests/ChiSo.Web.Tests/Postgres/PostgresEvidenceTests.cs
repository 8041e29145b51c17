using System.Globalization;
using System.Net;
using ChiSo.Web.Tests.Evidence;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Postgres;

/// <summary>Evidence uploads on PostgreSQL, where writers run side by side and the quota is counted under a lock on the unit.</summary>
public sealed class PostgresEvidenceTests(PostgresWebAppFactory app) : IClassFixture<PostgresWebAppFactory>
{
    [Fact]
    public async Task UploadFiles_TenAtOnceWithRoomForThree_ThreeStoredSevenRefused()
    {
        DemoIds ids;
        long used;
        await using (var db = app.NewContext())
        {
            ids = await DemoIds.ReadAsync(db);
            used = await db.Evidence.Where(e => e.SubmissionId == ids.OwnSubmissionId).SumAsync(e => e.Size ?? 0);
        }

        var limit = used + (3 * Uploads.RaceFileSize) + 10;
        var folder = Path.Combine(Path.GetTempPath(), $"chiso-pg-evidence-{Guid.NewGuid():N}");
        HttpStatusCode[] statuses;
        try
        {
            await using var bounded = app.WithWebHostBuilder(b => b
                .UseSetting("Evidence:MaxBytesPerSubmission", limit.ToString(CultureInfo.InvariantCulture))
                .UseSetting("Evidence:Folder", folder));
            using var browser = new Browser(bounded);
            await browser.SignInAsync("baocao@demo.chiso.vn");
            var token = Browser.TokenIn(await browser.PageAsync($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}"));
            statuses = await Uploads.AtOnceAsync(browser.Client, ids.OwnSubmissionId, "1.3", token, 10);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        long stored;
        await using (var db = app.NewContext())
        {
            stored = await db.Evidence.Where(e => e.SubmissionId == ids.OwnSubmissionId).SumAsync(e => e.Size ?? 0);
        }

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.RequestEntityTooLarge));
        Assert.True(stored <= limit, $"{stored} bytes stored, over the quota of {limit}");
    }
}
