using System.Net;
using System.Text.Json;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Collection;

/// <summary>Checks on inputs as the form meets them (ADR 0023): a save answers with what the criterion's values break.</summary>
[Collection(SharedApp.Name)]
public class CheckTests(WebAppFactory factory)
{
    // dti-so-nganh-2023, criterion 3.1: computers handed out (co_may_tinh) cannot exceed the staff (tong_so).
    private const string Criterion = "3.1";

    [Fact]
    public async Task SaveValue_PartAboveItsWhole_SavedAndTheFailedCheckComesBackAndOnThePage()
    {
        var (ids, browser, token) = await ReporterAsync();
        using var _ = browser;
        await SetAsync(ids, browser, token, "tong_so", "100");

        var saved = await SetAsync(ids, browser, token, "co_may_tinh", "120");
        var check = Assert.Single(saved.RootElement.GetProperty("checks").EnumerateArray());
        var page = WebUtility.HtmlDecode(await browser.PageAsync($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}"));
        var stored = await SelfValues.StoredAsync(factory.NewContext, ids.OwnSubmissionId, Criterion, "co_may_tinh");
        var fixedUp = await SetAsync(ids, browser, token, "co_may_tinh", "90");

        Assert.Equal(120, stored!.Number);
        Assert.Equal(Criterion, check.GetProperty("criterion").GetString());
        Assert.Equal(["co_may_tinh", "tong_so"], check.GetProperty("inputs").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("error", check.GetProperty("severity").GetString());
        Assert.Equal("Số người được trang bị máy tính không được lớn hơn tổng số cán bộ, công chức, viên chức.", check.GetProperty("message").GetString());
        Assert.Contains("<li class=\"check error\" data-inputs=\"co_may_tinh tong_so\">Số người được trang bị máy tính không được lớn hơn", page, StringComparison.Ordinal);
        Assert.Empty(fixedUp.RootElement.GetProperty("checks").EnumerateArray());
    }

    [Theory]
    [InlineData("1E+20")]
    [InlineData("-1")]
    public async Task SaveValue_CountOutOfItsImpliedBounds_Refused400WithTheInputsName(string value)
    {
        var (ids, browser, token) = await ReporterAsync();
        using var _ = browser;
        var before = await SelfValues.StoredAsync(factory.NewContext, ids.OwnSubmissionId, Criterion, "co_may_tinh");

        var response = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = Criterion, input = "co_may_tinh", value, version = before?.Version });
        var text = await response.Content.ReadAsStringAsync();
        var after = await SelfValues.StoredAsync(factory.NewContext, ids.OwnSubmissionId, Criterion, "co_may_tinh");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("«Số người được trang bị máy tính»", text, StringComparison.Ordinal);
        Assert.Contains("nằm ngoài khoảng cho phép", text, StringComparison.Ordinal);
        Assert.Equal((before?.Number, before?.Version), (after?.Number, after?.Version));
    }

    private async Task<JsonDocument> SetAsync(DemoIds ids, Browser browser, string token, string input, string value)
    {
        var version = (await SelfValues.StoredAsync(factory.NewContext, ids.OwnSubmissionId, Criterion, input))?.Version;
        var response = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = Criterion, input, value, version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<(DemoIds Ids, Browser Browser, string Token)> ReporterAsync()
    {
        var ids = await DemoIds.ReadAsync(factory);
        var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");
        var token = Browser.TokenIn(await browser.PageAsync($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}"));
        return (ids, browser, token);
    }
}
