using System.Net;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Shared;

/// <summary>Wrong addresses and unexpected errors answer in the user's language, never with a stack trace or a 500.</summary>
[Collection(SharedApp.Name)]
public class ErrorPagesTests(WebAppFactory factory)
{
    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/ok\r\nSet-Cookie:x=1")]
    [InlineData("https://evil.example/")]
    public async Task LanguageSwitch_BackElsewhere_GoesHome(string back)
    {
        using var browser = new Browser(factory);

        using var response = await browser.Client.GetAsync(new Uri($"/language/en?back={Uri.EscapeDataString(back)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UnknownPage_NotFound_ShortVietnamesePage()
    {
        using var browser = new Browser(factory);

        using var response = await browser.Client.GetAsync(new Uri("/khong-co-trang-nay", UriKind.Relative));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Không có trang hoặc dữ liệu ở địa chỉ này.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiAddress_NotFound_ProblemInVietnamese()
    {
        using var browser = new Browser(factory);

        using var response = await browser.Client.GetAsync(new Uri("/api/v1/khong-co", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Không có trang hoặc dữ liệu ở địa chỉ này.", System.Text.RegularExpressions.Regex.Unescape(text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorEndpoint_WhereTheExceptionHandlerSendsAFailedRequest_Answers500InVietnamese()
    {
        using var browser = new Browser(factory);

        using var response = await browser.Client.PostAsync(new Uri("/error", UriKind.Relative), null);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("những gì đã lưu không bị mất", page, StringComparison.Ordinal);
    }
}
