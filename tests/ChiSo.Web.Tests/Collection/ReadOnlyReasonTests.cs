using System.Net;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Collection;

/// <summary>Issue 10 §5: a read-only entry page says the one reason that applies, and no page offers a link that answers 403.</summary>
[Collection(SharedApp.Name)]
public class ReadOnlyReasonTests(WebAppFactory factory)
{
    private const string FourReasons = "kỳ đánh giá không mở nhập liệu, đã hết hạn tự đánh giá, hồ sơ đã nộp, hoặc";

    [Fact]
    public async Task EntryPage_Reviewer_SaysOnlyThatTheUnitIsNotTheirs()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("thamdinh@demo.chiso.vn");

        var page = WebUtility.HtmlDecode(await browser.Client.GetStringAsync(new Uri($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}", UriKind.Relative)));

        Assert.Contains("Chỉ để xem: bạn không phải cán bộ báo cáo hay thủ trưởng của đơn vị này.", page, StringComparison.Ordinal);
        Assert.DoesNotContain(FourReasons, page, StringComparison.Ordinal);
        Assert.DoesNotContain("hồ sơ đã được ký nộp", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryPage_ReporterOfAnOpenDraft_NoReadOnlyBanner()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");

        var page = WebUtility.HtmlDecode(await browser.Client.GetStringAsync(new Uri($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}", UriKind.Relative)));

        Assert.DoesNotContain("Chỉ để xem", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thamdinh@demo.chiso.vn", false)]
    [InlineData("baocao@demo.chiso.vn", false)]
    [InlineData("tochuc@demo.chiso.vn", true)]
    public async Task CampaignPage_ProgressLink_OnlyForThoseTheBoardAdmits(string email, bool shown)
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync(email);

        var page = await browser.Client.GetStringAsync(new Uri($"/campaigns/{ids.CampaignId}", UriKind.Relative));
        using var board = await browser.Client.GetAsync(new Uri($"/campaigns/{ids.CampaignId}/progress", UriKind.Relative));

        Assert.Equal(shown, page.Contains($"href=\"/campaigns/{ids.CampaignId}/progress\"", StringComparison.Ordinal));
        Assert.Equal(shown, board.StatusCode == HttpStatusCode.OK);
    }
}
