using System.Net;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Shared;

[Collection(SharedApp.Name)]
public class ApiDocumentTests(WebAppFactory factory)
{
    [Fact]
    public async Task OpenApiDocument_Get_DescribesTheV1Endpoints()
    {
        using var browser = new Browser(factory);

        var response = await browser.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var document = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"openapi\"", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/submissions/{id}/values", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/tasks", document, StringComparison.Ordinal);
    }

    /// <summary>Issue 10 §1: the Host header a caller sends must not be written into the document integrators read.</summary>
    [Fact]
    public async Task OpenApiDocument_ForeignHostHeader_NotReflected()
    {
        using var browser = new Browser(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/openapi/v1.json", UriKind.Relative));
        request.Headers.Host = "ke-gia-mao.example";

        using var response = await browser.Client.SendAsync(request);
        var document = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("ke-gia-mao.example", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScalarReferencePage_Get_Answers200()
    {
        using var browser = new Browser(factory);

        var response = await browser.Client.GetAsync(new Uri("/scalar/v1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
