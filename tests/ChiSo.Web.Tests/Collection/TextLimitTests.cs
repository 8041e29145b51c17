using System.Net;
using ChiSo.Web.Features.Shared;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Collection;

/// <summary>Text longer than the server's limits is refused in Vietnamese, whatever the page's maxlength says.</summary>
[Collection(SharedApp.Name)]
public class TextLimitTests(WebAppFactory factory)
{
    [Fact]
    public async Task SaveValue_FiveMegabyteDocument_RefusedAndTheWorkbookStillDownloads()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");
        var token = Browser.TokenIn(await browser.PageAsync($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}"));
        var before = await SelfValues.StoredAsync(factory.NewContext, ids.OwnSubmissionId, "1.1", "quyet_dinh");
        var huge = "12/QĐ-UBND|2025-03-01|" + new string('x', 5 * 1024 * 1024) + "|Nguyễn Văn A";

        var response = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "1.1", input = "quyet_dinh", value = huge, version = before?.Version });
        var body = await response.Content.ReadAsStringAsync();
        var after = await SelfValues.StoredAsync(factory.NewContext, ids.OwnSubmissionId, "1.1", "quyet_dinh");
        var download = await browser.Client.GetAsync(new Uri($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}/workbook.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("quá dài", body, StringComparison.Ordinal);
        Assert.Equal(before?.Version, after?.Version);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    [Fact]
    public async Task SaveValue_AtTheLimit_IsSaved()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");
        var token = Browser.TokenIn(await browser.PageAsync($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}"));
        var before = await SelfValues.StoredAsync(factory.NewContext, ids.OwnSubmissionId, "1.1", "quyet_dinh");
        var prefix = "12/QĐ-UBND|2025-03-01|";
        var suffix = "|Nguyễn Văn A";
        var value = prefix + new string('x', TextLimits.Value - prefix.Length - suffix.Length) + suffix;

        var response = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "1.1", input = "quyet_dinh", value, version = before?.Version });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
