using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChiSo.Web.Tests.Objections;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.ReviewProcess;

/// <summary>The organiser extends one unit's confirmation window while the round-1 result is out (window 10/05–20/05/2026).</summary>
[Collection(ReviewProcessGroup.Name)]
public class ConfirmationExtensionTests(ReviewProcessApp app) : IAsyncLifetime
{
    private const string Organiser = "tochuc@demo.chiso.vn";
    private const string Reporter = "baocao@demo.chiso.vn";
    private const string Why = "Thủ trưởng đơn vị đi công tác, chưa ký được văn bản.";

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => app.ResetAsync();

    private string Path => $"/api/v1/campaigns/{app.Ids.CampaignId}/confirmation-extensions";

    [Fact]
    public async Task Extension_ByTheOrganiserAtRound1Out_MovesTheUnitsDeadline_TheUnitSeesIt_AndMayObjectUntilThen()
    {
        var (before, beforeToken) = await app.SignInAsync(Organiser);
        using var b = before;
        using var collecting = await RoundApp.PostAsync(before.Client, beforeToken, Path, new { unitId = app.Ids.OwnUnitId, deadline = "25/05/2026", reason = Why });
        Assert.True((await app.PlayAsync(r => r.OpenReviewAsync(app.Ids.CampaignId, Organiser))).IsDone);
        Assert.True((await app.PlayAsync(async r => (await r.PublishRound1Async(app.Ids.CampaignId, Organiser)).Outcome)).IsDone);
        app.Clock.Now = new DateTimeOffset(2026, 5, 18, 3, 0, 0, TimeSpan.Zero);
        var (organiser, token) = await app.SignInAsync(Organiser);
        var (reporter, reporterToken) = await app.SignInAsync(Reporter);
        using var o = organiser;
        using var r = reporter;

        using var byReporter = await RoundApp.PostAsync(reporter.Client, reporterToken, Path, new { unitId = app.Ids.OwnUnitId, deadline = "25/05/2026", reason = Why });
        using var noReason = await RoundApp.PostAsync(organiser.Client, token, Path, new { unitId = app.Ids.OwnUnitId, deadline = "25/05/2026", reason = "gấp" });
        using var granted = await RoundApp.PostAsync(organiser.Client, token, Path, new { unitId = app.Ids.OwnUnitId, deadline = "25/05/2026", reason = Why });
        app.Clock.Now = new DateTimeOffset(2026, 5, 22, 3, 0, 0, TimeSpan.Zero);
        var (later, laterToken) = await app.SignInAsync(Reporter);
        using var l = later;
        using var result = JsonDocument.Parse(await later.Client.GetStringAsync(new Uri($"/api/v1/campaigns/{app.Ids.CampaignId}/units/{app.Ids.OwnUnitId}/round-1", UriKind.Relative)));
        using var objection = await RoundApp.PostAsync(later.Client, laterToken, $"/api/v1/campaigns/{app.Ids.CampaignId}/units/{app.Ids.OwnUnitId}/objections",
            new { criterion = "1.1", explanation = "Trong thời hạn được gia hạn." });

        Assert.Equal(HttpStatusCode.Conflict, collecting.StatusCode);
        Assert.Contains("Đơn vị tự đánh giá", await collecting.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byReporter.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Hãy ghi lý do gia hạn", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(granted.StatusCode == HttpStatusCode.OK, await granted.Content.ReadAsStringAsync());
        Assert.Equal("2026-05-25", (await granted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("newDeadline").GetString());
        Assert.Equal(("2026-05-25", true), (result.RootElement.GetProperty("deadline").GetString(), result.RootElement.GetProperty("extended").GetBoolean()));
        Assert.True(objection.StatusCode == HttpStatusCode.OK, await objection.Content.ReadAsStringAsync());
        await using var db = app.NewContext();
        var audit = await db.AuditEvents.OrderByDescending(e => e.Id).FirstAsync(e => e.EntityType == "DeadlineExtension");
        Assert.Equal((Organiser, Why), (audit.Actor, audit.Reason));
    }
}
