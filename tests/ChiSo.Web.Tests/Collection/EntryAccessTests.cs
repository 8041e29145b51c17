using System.Net;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Collection;

[Collection(SharedApp.Name)]
public class EntryAccessTests(WebAppFactory factory)
{
    [Fact]
    public async Task EntryPage_ReporterOwnUnit_ShowsTheFormWithPoints()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");

        var response = await browser.Client.GetAsync(new Uri($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}", UriKind.Relative));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sở Khoa học và Công nghệ", page, StringComparison.Ordinal);
        Assert.Contains("Cách tính điểm", page, StringComparison.Ordinal);
        Assert.Contains("data-points=\"dti-so-nganh\"", page, StringComparison.Ordinal);
        Assert.Contains("type=\"number\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryPage_ScoringRules_InPlainWordsWithInputNamesAndTheFormulaOnRequest()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");

        var page = WebUtility.HtmlDecode(await browser.Client.GetStringAsync(new Uri($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}", UriKind.Relative)));

        Assert.Contains("theo «Trưởng Ban Chỉ đạo chuyển đổi số»: «Giám đốc, Thủ trưởng cơ quan» → điểm tối đa", page, StringComparison.Ordinal);
        Assert.Contains("tỷ lệ «Số cuộc họp do Giám đốc, Phó Giám đốc chủ trì» trên", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Cách tính điểm:</span> if(", page, StringComparison.Ordinal);
        Assert.Contains("<summary>Xem công thức</summary><code>choose(truong_ban, giam_doc = max", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryPage_ReporterAnotherUnit_Forbidden()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");

        var response = await browser.Client.GetAsync(new Uri($"/campaigns/{ids.CampaignId}/units/{ids.OtherUnitId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Points_Anonymous_Unauthorized()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);

        var response = await browser.Client.GetAsync(new Uri($"/api/v1/submissions/{ids.OwnSubmissionId}/points", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SaveValue_Leader_ForbiddenEvenWithAToken()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("tochuc@demo.chiso.vn");
        var token = Browser.TokenIn(await browser.PageAsync($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}"));

        var response = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "1.3", input = "van_ban_ky", value = "1", version = (int?)null });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
