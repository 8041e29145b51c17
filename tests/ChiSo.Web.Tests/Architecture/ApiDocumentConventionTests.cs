using System.Text.Json;
using System.Text.RegularExpressions;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Architecture;

/// <summary>
/// Issue 12 §4: the OpenAPI document is fit to generate clients from. Every operation of /openapi/v1.json has an
/// operation id, a summary, a described tag, a 2xx and a 4xx answer; only /api/v1 is described, and all of it. An
/// endpoint added later without them fails here with the fix in the message. <see cref="OpenApiLintTests"/> runs
/// Redocly's own lint on the same document.
/// </summary>
[Collection(SharedApp.Name)]
public sealed partial class ApiDocumentConventionTests(WebAppFactory factory)
{
    private const string Fix =
        "Give each /api/v1 endpoint .WithName(\"PascalCaseId\"), .WithSummary(\"…\"), a tag from .WithApiTag(name, description) "
        + "and its answers (.Produces<T>(), .ProducesProblem(400/404/409…)); see src/ChiSo.Web/Features/Shared/ApiDocument.cs.";

    [Fact]
    public async Task Document_EveryOperation_HasIdSummaryTagAnd2xxAnd4xxAnswers()
    {
        using var document = await DocumentAsync();
        var operations = Operations(document.RootElement).ToList();

        var faults = operations.SelectMany(Faults).ToList();

        Assert.True(operations.Count >= 25, $"Only {operations.Count} operations in the document.");
        Assert.True(faults.Count == 0, $"{faults.Count} faults in /openapi/v1.json. {Fix}\n" + string.Join('\n', faults));
    }

    [Fact]
    public async Task Document_OperationIds_AreUnique()
    {
        using var document = await DocumentAsync();

        var repeated = Operations(document.RootElement).Where(o => o.Id is not null).GroupBy(o => o.Id, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g)}").ToList();

        Assert.True(repeated.Count == 0, "Operation ids used twice:\n" + string.Join('\n', repeated));
    }

    [Fact]
    public async Task Document_EveryTag_HasADescription()
    {
        using var document = await DocumentAsync();
        var root = document.RootElement;

        var used = Operations(root).SelectMany(o => o.Tags).ToHashSet(StringComparer.Ordinal);
        var described = root.TryGetProperty("tags", out var tags)
            ? tags.EnumerateArray().Where(t => !string.IsNullOrWhiteSpace(Text(t, "description"))).Select(t => Text(t, "name") ?? "").ToHashSet(StringComparer.Ordinal)
            : [];

        Assert.NotEmpty(used);
        Assert.True(used.IsSubsetOf(described), "Tags without a description (use .WithApiTag(name, description)): " + string.Join(", ", used.Except(described)));
    }

    [Fact]
    public async Task Document_Info_HasTitleDescriptionContactAndARelativeServer()
    {
        using var document = await DocumentAsync();
        var root = document.RootElement;
        var info = root.GetProperty("info");

        Assert.Equal("ChiSo API", Text(info, "title"));
        Assert.Contains("Bearer", Text(info, "description"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Text(info.GetProperty("contact"), "name")));
        Assert.Equal(["/"], root.GetProperty("servers").EnumerateArray().Select(s => Text(s, "url")));
    }

    /// <summary>Pages and HTML form posts stay out; no /api/v1 endpoint is left out.</summary>
    [Fact]
    public async Task Document_DescribesExactlyTheApiV1Endpoints()
    {
        using var document = await DocumentAsync();
        var described = Operations(document.RootElement).Select(o => $"{o.Method} {o.Path}").ToHashSet(StringComparer.Ordinal);

        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText?.TrimStart('/')) is var path
                && (path.StartsWith("/api/v1/", StringComparison.Ordinal) || path.StartsWith("/open/v1/", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {PathOf(e.RoutePattern.RawText!)}"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(mapped.Count >= 25, $"Only {mapped.Count} /api/v1 endpoints were found.");
        Assert.True(described.SetEquals(mapped),
            "Described but not an /api/v1 endpoint: " + string.Join(", ", described.Except(mapped))
            + "\nAn /api/v1 endpoint missing from the document: " + string.Join(", ", mapped.Except(described)));
    }

    private static IEnumerable<string> Faults(Operation o)
    {
        if (o.Id is null || !PascalCase().IsMatch(o.Id))
        {
            yield return $"{o}: operationId {(o.Id is null ? "missing" : $"'{o.Id}' is not PascalCase")} (.WithName(\"…\"))";
        }

        if (string.IsNullOrWhiteSpace(o.Summary))
        {
            yield return $"{o}: no summary (.WithSummary(\"…\"))";
        }

        if (o.Tags.Count == 0)
        {
            yield return $"{o}: no tag (.WithApiTag(name, description))";
        }

        if (!o.Statuses.Any(s => s.StartsWith('2')))
        {
            yield return $"{o}: no 2xx answer (.Produces<T>() or a typed result)";
        }

        if (!o.Statuses.Any(s => s.StartsWith('4')))
        {
            yield return $"{o}: no 4xx answer (.ProducesProblem(…))";
        }
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        using var browser = new Browser(factory);
        return JsonDocument.Parse(await browser.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
    }

    private static IEnumerable<Operation> Operations(JsonElement root) =>
        from path in root.GetProperty("paths").EnumerateObject()
        from method in path.Value.EnumerateObject()
        where method.Name is "get" or "put" or "post" or "delete" or "patch" or "head" or "options" or "trace"
        let op = method.Value
        select new Operation(
            method.Name.ToUpperInvariant(), path.Name,
            op.TryGetProperty("operationId", out var id) ? id.GetString() : null,
            Text(op, "summary"),
            op.TryGetProperty("tags", out var tags) ? [.. tags.EnumerateArray().Select(t => t.GetString() ?? "")] : [],
            op.TryGetProperty("responses", out var answers) ? [.. answers.EnumerateObject().Select(a => a.Name)] : []);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    /// <summary>A route pattern as the document writes it: <c>api/v1/campaigns/{id:int}/</c> → <c>/api/v1/campaigns/{id}</c>.</summary>
    private static string PathOf(string pattern) =>
        "/" + RouteConstraint().Replace(pattern.Trim('/'), "{$1}");

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();

    [GeneratedRegex(@"\{([^}:?=]+)[^}]*\}")]
    private static partial Regex RouteConstraint();

    private sealed record Operation(string Method, string Path, string? Id, string? Summary, List<string> Tags, List<string> Statuses)
    {
        public override string ToString() => $"{Method} {Path}";
    }
}
