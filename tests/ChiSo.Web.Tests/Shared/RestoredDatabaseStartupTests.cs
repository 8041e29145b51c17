using System.Net;
using ChiSo.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ChiSo.Web.Tests.Shared;

/// <summary>
/// The web app starts on, reads and writes a database as <c>chiso database backup</c> writes it: a copy made with
/// SQLite's backup API, in rollback-journal mode. Such a file once failed every request with "attempt to write a
/// readonly database". (The restore verb itself is tested with every CLI verb in ChiSo.Cli.Tests.)
/// </summary>
public sealed class RestoredDatabaseStartupTests
{
    [Fact]
    public async Task Start_OnABackupCopyInRollbackJournalMode_SignsInAndSaves()
    {
        await using (var original = new WebAppFactory())
        {
            using (original.CreateClient())
            {
            }

            await using var restored = new WebAppFactory();
            CopyAsBackup(original.DatabasePath, restored.DatabasePath);

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
    }

    /// <summary>What the backup verb writes: every page through the backup API, then the journal back to DELETE.</summary>
    private static void CopyAsBackup(string from, string to)
    {
        using (var source = new SqliteConnection($"Data Source={from};Pooling=False"))
        using (var target = new SqliteConnection($"Data Source={to};Pooling=False"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
            using var command = target.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE";
            command.ExecuteNonQuery();
        }
    }
}
