using System.Net;
using System.Text.Json;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Setup;

[Collection(SharedApp.Name)]
public class SetupOpenApiTests(WebAppFactory factory)
{
    [Theory]
    [InlineData("/api/v1/editions", "get", "Setup")]
    [InlineData("/api/v1/campaigns", "post", "Setup")]
    [InlineData("/api/v1/campaigns/{id}/units/{unitId}", "delete", "Setup")]
    [InlineData("/api/v1/campaigns/{id}/status", "post", "Setup")]
    [InlineData("/api/v1/campaigns/{id}/assignments/workbook", "post", "Setup")]
    [InlineData("/api/v1/submissions/{id}/workbook", "get", "Workbooks")]
    [InlineData("/api/v1/submissions/{id}/workbook/preview", "post", "Workbooks")]
    [InlineData("/api/v1/submissions/{id}/workbook/preview/{token}/apply", "post", "Workbooks")]
    public async Task Document_NewEndpoint_DescribedWithTagAndSummary(string path, string method, string tag)
    {
        using var browser = new Browser(factory);

        var response = await browser.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tag, operation.GetProperty("tags")[0].GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
    }
}
