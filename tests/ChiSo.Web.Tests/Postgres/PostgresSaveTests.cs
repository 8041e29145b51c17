using System.Net;
using System.Text.Json;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Postgres;

/// <summary>
/// The save path on PostgreSQL, where it runs without the SQLite writer gate and without the per-request connection:
/// the version-checked UPDATE, the first value's insert, the conflict, and the points read back after the write.
/// </summary>
public sealed class PostgresSaveTests(PostgresWebAppFactory app) : IClassFixture<PostgresWebAppFactory>
{
    [Fact]
    public async Task SaveValue_OnPostgres_UpdatesInsertsRefusesAStaleVersionAndAnswersWithPoints()
    {
        DemoIds ids;
        await using (var db = app.NewContext())
        {
            ids = await DemoIds.ReadAsync(db);
        }

        var (submission, unit, campaign) = (ids.OwnSubmissionId, ids.OwnUnitId, ids.CampaignId);
        using var browser = new Browser(app);
        await browser.SignInAsync("baocao@demo.chiso.vn");
        var token = Browser.TokenIn(await browser.PageAsync($"/campaigns/{campaign}/units/{unit}"));
        await ClearAsync(submission, "1.3", "van_ban_yeu_cau");
        var version = (await StoredAsync(submission, "1.3", "van_ban_ky"))?.Version;

        var updated = await browser.SaveAsync(submission, token, new { criterion = "1.3", input = "van_ban_ky", value = "6", version });
        var inserted = await browser.SaveAsync(submission, token, new { criterion = "1.3", input = "van_ban_yeu_cau", value = "8", version = (int?)null });
        var stale = await browser.SaveAsync(submission, token, new { criterion = "1.3", input = "van_ban_ky", value = "1", version });
        var meetings = await StoredAsync(submission, "1.2", "tong_cuoc_hop");
        var cleared = await browser.SaveAsync(submission, token, new { criterion = "1.2", input = "tong_cuoc_hop", value = "", version = meetings?.Version });
        var empty = await StoredAsync(submission, "1.2", "tong_cuoc_hop");
        using var answer = JsonDocument.Parse(await inserted.Content.ReadAsStringAsync());
        var points = answer.RootElement.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "1.3");
        var kept = await StoredAsync(submission, "1.3", "van_ban_ky");
        var first = await StoredAsync(submission, "1.3", "van_ban_yeu_cau");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict), (updated.StatusCode, inserted.StatusCode, stale.StatusCode));
        Assert.Equal((6d, (version ?? -1) + 1), (kept!.Number!.Value, kept.Version));
        Assert.Equal((8d, 0), (first!.Number!.Value, first.Version));
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Null(empty?.Number);
        // 1.3 (max 10) gives 10 × clamp(van_ban_ky / van_ban_yeu_cau, 0, 1): 6 of 8 documents → 7,50.
        Assert.Equal(7.5, points.GetProperty("points").GetDouble(), 9);
        Assert.Equal("7,50", points.GetProperty("shown").GetString());
    }

    private Task ClearAsync(int submission, string criterion, string input) => SelfValues.ClearAsync(app.NewContext, submission, criterion, input);

    private Task<InputValue?> StoredAsync(int submission, string criterion, string input) => SelfValues.StoredAsync(app.NewContext, submission, criterion, input);
}
