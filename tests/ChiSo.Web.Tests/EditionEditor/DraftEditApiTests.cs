using System.Net;
using ChiSo.Data.Frameworks;
using ChiSo.Web.Tests.Setup;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.EditionEditor;

[Collection(SharedApp.Name)]
public class DraftEditApiTests(WebAppFactory factory)
{
    private static async Task<HttpResponseMessage> EditAsync(Browser browser, int id, object body, string? ifMatch = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/editions/{id}/draft/edits", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(body),
        };
        message.Headers.Add("RequestVerificationToken", await ApiCalls.TokenAsync(browser));
        if (ifMatch is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Match", $"\"{ifMatch}\"");
        }

        return await browser.Client.SendAsync(message);
    }

    [Fact]
    public async Task Edit_AddNodeWithIfMatch_StoredAuditedAndTotalsCheckedAgain()
    {
        var draft = await Drafts.AddAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await EditAsync(browser, draft.Id, new { op = "add-node", parent = "1", code = "1.3", name = "Tiêu chí ba", maxPoints = 5 }, draft.ContentHash);
        var body = await ApiCalls.JsonAsync(response);
        await using var db = factory.NewContext();
        var stored = await db.FrameworkEditions.AsNoTracking().SingleAsync(e => e.Id == draft.Id);
        var key = draft.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == "FrameworkEdition" && e.EntityId == key).SingleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(stored.ContentHash, body.GetProperty("hash").GetString());
        Assert.Equal($"\"{stored.ContentHash}\"", response.Headers.ETag?.ToString());
        Assert.Equal(FrameworkEdition.HashOf(stored.Yaml), stored.ContentHash);
        Assert.Contains("code: \"1.3\"", stored.Yaml, StringComparison.Ordinal);
        // 1 says 30, its children now add up to 35: kept as a draft, the problem placed at node 1.
        Assert.False(body.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(body.GetProperty("problems").EnumerateArray());
        Assert.Equal(("FW103", "1"), (problem.GetProperty("code").GetString(), problem.GetProperty("node").GetString()));
        Assert.Contains("35", problem.GetProperty("vi").GetString(), StringComparison.Ordinal);
        var one = body.GetProperty("nodes").EnumerateArray().First(n => n.GetProperty("code").GetString() == "1");
        Assert.Equal((35.0, false), (one.GetProperty("childrenSum").GetDouble(), one.GetProperty("totalsAgree").GetBoolean()));
        Assert.Equal(SetupForms.Organiser, audit.Actor);
        Assert.Contains(draft.ContentHash, audit.Before, StringComparison.Ordinal);
        Assert.Contains(stored.ContentHash, audit.After, StringComparison.Ordinal);
        Assert.Contains("add-node 1.3", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_BasedOnAnOlderHash_Refused409NamingWhoChangedItAndNothingMerged()
    {
        var draft = await Drafts.AddAsync(factory);
        using var first = await ApiCalls.AsAsync(factory, SetupForms.Organiser);
        using var second = await ApiCalls.AsAsync(factory, "quantri@demo.chiso.vn");

        var applied = await EditAsync(first, draft.Id, new { op = "set-points", code = "1.2", maxPoints = 15, basedOn = draft.ContentHash });
        var stale = await EditAsync(second, draft.Id, new { op = "rename-node", code = "1.2", newCode = "1.2", name = "Tên khác", basedOn = draft.ContentHash });
        var body = await ApiCalls.JsonAsync(stale);
        await using var db = factory.NewContext();
        var stored = await db.FrameworkEditions.AsNoTracking().SingleAsync(e => e.Id == draft.Id);

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains($"bởi {SetupForms.Organiser} lúc", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(stored.ContentHash, body.GetProperty("currentHash").GetString());
        Assert.Contains("max: 15", stored.Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("Tên khác", stored.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_WithoutABaseHash_Refused()
    {
        var draft = await Drafts.AddAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await EditAsync(browser, draft.Id, new { op = "remove-node", code = "1.2" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("If-Match", (await ApiCalls.JsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_PublishedEdition_Refused409AndUnchanged()
    {
        var published = await Drafts.AddAsync(factory, EditionStatus.Published);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await EditAsync(browser, published.Id, new { op = "remove-node", code = "1.2" }, published.ContentHash);
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("đã công bố", (await ApiCalls.JsonAsync(response)).GetProperty("problems")[0].GetProperty("vi").GetString(), StringComparison.Ordinal);
        Assert.Equal(published.ContentHash, (await db.FrameworkEditions.AsNoTracking().SingleAsync(e => e.Id == published.Id)).ContentHash);
    }

    [Theory]
    [InlineData("remove-input", "đang dùng đầu vào")]
    [InlineData("move-node", "tổ tiên")]
    [InlineData("jump", "Thao tác phải là một trong")]
    public async Task Edit_RefusedByTheEngineOrUnknown_400WithTheReason(string op, string reason)
    {
        var draft = await Drafts.AddAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var body = op switch
        {
            "remove-input" => (object)new { op, code = "1.1", inputId = "b" },
            "move-node" => new { op, code = "1", parent = "1.2" },
            _ => new { op, code = "1" },
        };
        var response = await EditAsync(browser, draft.Id, body, draft.ContentHash);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await ApiCalls.JsonAsync(response)).GetProperty("problems")[0].GetProperty("vi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_NameLongerThanTheBound_RefusedBeforeAnyChange()
    {
        var draft = await Drafts.AddAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await EditAsync(browser, draft.Id, new { op = "rename-node", code = "1.2", newCode = "1.2", name = new string('x', 501) }, draft.ContentHash);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("quá dài", (await ApiCalls.JsonAsync(response)).GetProperty("problems")[0].GetProperty("vi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDraft_Reporter_Refused()
    {
        var draft = await Drafts.AddAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");

        var response = await browser.Client.GetAsync(new Uri($"/api/v1/editions/{draft.Id}/draft", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
