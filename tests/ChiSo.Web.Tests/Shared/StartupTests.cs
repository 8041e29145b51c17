using System.Net;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Shared;

[Collection(SharedApp.Name)]
public class StartupTests(WebAppFactory factory)
{
    [Fact]
    public async Task Health_Get_Answers200()
    {
        using var browser = new Browser(factory);

        var response = await browser.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignInPage_DemoMode_ListsOneAccountPerRoleInVietnamese()
    {
        using var browser = new Browser(factory);

        var page = await browser.PageAsync("/signin");

        Assert.Contains("Đăng nhập", page, StringComparison.Ordinal);
        Assert.Contains("Tài khoản dùng thử", page, StringComparison.Ordinal);
        Assert.Contains("Cán bộ báo cáo (Sở KH&CN Tây Ninh)", page, StringComparison.Ordinal);
        // One per role, plus the second reviewer and Quảng Trị's head who play the DII review (issue 13 §5).
        Assert.Equal(8, page.Split("@demo.chiso.vn", StringSplitOptions.None).Length - 1);
        Assert.Contains("thutruong.quangtri@demo.chiso.vn", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_English_ShowsEnglishTextsAndKeepsTheChoice()
    {
        using var browser = new Browser(factory);

        var switched = await browser.Client.GetAsync(new Uri("/language/en?back=/signin", UriKind.Relative));
        var page = await browser.PageAsync("/signin");

        Assert.Equal("/signin", switched.Headers.Location?.OriginalString);
        Assert.Contains("Demo accounts", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
    }
}
