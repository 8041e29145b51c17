using System.Net;
using System.Text.Json;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Progress;

[Collection(ProgressAppGroup.Name)]
public class ProgressBoardTests(ProgressApp app)
{
    private MiniCampaign Mini => app.Campaign;

    [Fact]
    public async Task Api_Organiser_ComputesPercentPerUnitAndCriterion()
    {
        using var browser = await SignedInAsync("tochuc@demo.chiso.vn");

        using var json = JsonDocument.Parse(await browser.Client.GetStringAsync(new Uri($"/api/v1/campaigns/{Mini.CampaignId}/progress", UriKind.Relative)));

        // Expected values: see the hand computation in MiniCampaign.
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetInt32());
        Assert.Equal(4, units.Count);
        Assert.Equal((3, 3), Answered(units[Mini.S08]));
        Assert.Equal((2, 3), Answered(units[Mini.S07]));
        Assert.Equal((0, 3), Answered(units[Mini.S06]));
        Assert.Equal((0, 3), Answered(units[Mini.S05]));
        Assert.Equal(100.0, units[Mini.S08].GetProperty("percent").GetDouble(), 9);
        Assert.Equal(200.0 / 3, units[Mini.S07].GetProperty("percent").GetDouble(), 9);
        var criteria = json.RootElement.GetProperty("criteria").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("percent").GetDouble());
        Assert.Equal(25.0, criteria["1.1"], 9);
        Assert.Equal(50.0, criteria["1.2"], 9);
        var overdue = json.RootElement.GetProperty("overdue").EnumerateArray().Select(u => u.GetProperty("unitId").GetInt32()).Order();
        Assert.Equal(new[] { Mini.S08, Mini.S05 }.Order(), overdue);
        Assert.True(units[Mini.S06].GetProperty("extended").GetBoolean());
    }

    [Fact]
    public async Task Page_Organiser_ShowsVietnameseNumbersOverdueListAndReminderForms()
    {
        using var browser = await SignedInAsync("tochuc@demo.chiso.vn");

        var page = await browser.PageAsync($"/campaigns/{Mini.CampaignId}/progress");

        Assert.Contains("Tiến độ thu thập số liệu", page, StringComparison.Ordinal);
        Assert.Contains("66,7\u00A0%", page, StringComparison.Ordinal);
        Assert.Contains(">25,0\u00A0%<", page, StringComparison.Ordinal);
        Assert.Contains(">50,0\u00A0%<", page, StringComparison.Ordinal);
        Assert.Contains("Nhắc nhở tất cả 2 đơn vị quá hạn", page, StringComparison.Ordinal);
        Assert.Contains("(gia hạn)", page, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"ascending\"", page, StringComparison.Ordinal);
        Assert.Contains($"action=\"/campaigns/{Mini.CampaignId}/progress/remind\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CampaignPage_Organiser_CountsAsTheBoardDoes()
    {
        using var browser = await SignedInAsync("tochuc@demo.chiso.vn");

        var page = await browser.PageAsync($"/campaigns/{Mini.CampaignId}");

        // S07 also stored a value of an input the framework does not ask: 2 of 3, as on the board, not 3 of 3.
        Assert.Contains("<td class=\"num\">3 / 3</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">2 / 3</td>", page, StringComparison.Ordinal);
        Assert.Equal(2, page.Split("<td class=\"num\">0 / 3</td>").Length - 1);
    }

    [Fact]
    public async Task Page_SortByPercentDescending_ListsTheFullestUnitFirst()
    {
        using var browser = await SignedInAsync("quantri@demo.chiso.vn");

        var page = await browser.PageAsync($"/campaigns/{Mini.CampaignId}/progress?sort=percent&dir=desc");

        // 100 % (S08), 66,7 % (S07), then the two 0 % units by code (S05, S06).
        var rows = new[] { Mini.S08, Mini.S07, Mini.S05, Mini.S06 }
            .Select(id => page.IndexOf($"<th scope=\"row\"><a href=\"/campaigns/{Mini.CampaignId}/units/{id}\"", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, rows);
        Assert.Equal(rows.Order(), rows);
        Assert.Contains("aria-sort=\"descending\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("baocao@demo.chiso.vn")]
    [InlineData("thutruong@demo.chiso.vn")]
    [InlineData("thamdinh@demo.chiso.vn")]
    public async Task Page_NotOrganiser_Forbidden(string email)
    {
        using var browser = await SignedInAsync(email);

        var page = await browser.Client.GetAsync(new Uri($"/campaigns/{Mini.CampaignId}/progress", UriKind.Relative));
        var api = await browser.Client.GetAsync(new Uri($"/api/v1/campaigns/{Mini.CampaignId}/progress", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task Page_Anonymous_RedirectedToSignIn()
    {
        using var browser = new Browser(app.Factory);

        var page = await browser.Client.GetAsync(new Uri($"/campaigns/{Mini.CampaignId}/progress", UriKind.Relative));
        var api = await browser.Client.GetAsync(new Uri($"/api/v1/campaigns/{Mini.CampaignId}/progress", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/signin", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Page_Leader_SeesOwnProvinceReadOnly()
    {
        await using var db = app.Factory.NewContext();
        var province = db.Units.Single(u => u.Code == "80" && u.ValidTo == null && u.Level != UnitLevel.Commune).Id;
        var campaign = db.CampaignUnits.Where(cu => cu.UnitId == province).Select(cu => cu.CampaignId).First();
        using var browser = await SignedInAsync("lanhdao@demo.chiso.vn");

        var response = await browser.Client.GetAsync(new Uri($"/campaigns/{campaign}/progress", UriKind.Relative));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        // The DII 2023 ran over the 63 provinces before the merger: none of them lies under the new Tây Ninh.
        var dii = db.Campaigns.Single(c => c.Name == "[DEMO] DII 2023").Id;
        var other = await browser.Client.GetAsync(new Uri($"/campaigns/{dii}/progress", UriKind.Relative));
        var departments = await browser.Client.GetAsync(new Uri($"/campaigns/{Mini.CampaignId}/progress", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tiến độ thu thập số liệu", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/progress/remind", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, departments.StatusCode);
    }

    [Fact]
    public async Task Page_UnknownCampaign_NotFound()
    {
        using var browser = await SignedInAsync("tochuc@demo.chiso.vn");

        var response = await browser.Client.GetAsync(new Uri("/campaigns/999999/progress", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static (int, int) Answered(JsonElement unit) => (unit.GetProperty("answered").GetInt32(), unit.GetProperty("asked").GetInt32());

    private async Task<Browser> SignedInAsync(string email)
    {
        var browser = new Browser(app.Factory);
        await browser.SignInAsync(email);
        return browser;
    }
}
