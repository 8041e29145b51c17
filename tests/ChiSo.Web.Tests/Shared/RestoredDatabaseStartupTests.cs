using System.Net;
using ChiSo.Data;
using ChiSo.Data.Backups;
using ChiSo.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ChiSo.Web.Tests.Shared;

/// <summary>A database restored from a backup into a new file is one the web app starts on, reads and writes.</summary>
public sealed class RestoredDatabaseStartupTests
{
    [Fact]
    public async Task Start_OnADatabaseRestoredIntoANewFile_SignsInAndSaves()
    {
        var backup = Path.Combine(Path.GetTempPath(), $"chiso-restore-{Guid.NewGuid():N}.backup");
        try
        {
            await using (var original = new WebAppFactory())
            {
                using (original.CreateClient())
                {
                }

                Assert.Empty(await DatabaseBackup.BackupAsync(new DatabaseOptions { ConnectionString = $"Data Source={original.DatabasePath}" }, backup));
            }

            await using var restored = new WebAppFactory();
            Assert.Empty(await DatabaseBackup.RestoreAsync(new DatabaseOptions { ConnectionString = $"Data Source={restored.DatabasePath}" }, backup));
            SqliteConnection.ClearAllPools();

            using var browser = new Browser(restored);
            var signIn = await browser.SignInAsync("baocao@demo.chiso.vn");
            var ids = await DemoIds.ReadAsync(restored);
            var page = await browser.PageAsync($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}");
            var before = await SelfValues.StoredAsync(restored.NewContext, ids.OwnSubmissionId, "1.3", "van_ban_ky");
            var save = await browser.SaveAsync(ids.OwnSubmissionId, Browser.TokenIn(page), new { criterion = "1.3", input = "van_ban_ky", value = "7", version = before?.Version });

            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.True(save.IsSuccessStatusCode, await save.Content.ReadAsStringAsync());
            Assert.Equal(7, (await SelfValues.StoredAsync(restored.NewContext, ids.OwnSubmissionId, "1.3", "van_ban_ky"))?.Number);
        }
        finally
        {
            File.Delete(backup);
        }
    }
}
