using System.Net;
using System.Text.Json;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Setup;

[Collection(SharedApp.Name)]
public class SetupOpenApiTests(WebAppFactory factory)
{
    [Theory]
    [InlineData("/api/v1/editions", "get", "Editions")]
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

    [Theory]
    [InlineData("/api/v1/campaigns/{id}/schedule", "put", new[] { "204", "400", "401", "403", "404", "409" })]
    [InlineData("/api/v1/submissions/{id}/values", "post", new[] { "200", "400", "401", "403", "404", "409" })]
    [InlineData("/api/v1/campaigns/{id}/progress", "get", new[] { "200", "401", "403", "404" })]
    [InlineData("/api/v1/tasks", "get", new[] { "200", "401" })]
    public async Task Document_Operation_DeclaresItsProblemResponses(string path, string method, string[] statuses)
    {
        using var browser = new Browser(factory);

        var response = await browser.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var responses = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        Assert.Equal(statuses, responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(statuses.Where(s => s[0] == '4' && !(s == "409" && path.EndsWith("/values", StringComparison.Ordinal))), s =>
            Assert.True(responses.GetProperty(s).GetProperty("content").TryGetProperty("application/problem+json", out _), s));
    }
}
