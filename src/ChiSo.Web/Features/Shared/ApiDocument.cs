using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, fit to generate clients from: it describes the integrators' API under
/// /api/v1 and nothing else (pages and HTML form posts never appear), with a title, a description, a contact, a
/// relative server and a description for every tag. Each endpoint brings its own operation id, summary and responses
/// (<c>.WithName</c>, <c>.WithSummary</c>, <c>.Produces…</c>); tests/ChiSo.Web.Tests/Architecture checks them and
/// runs Redocly's lint on the whole document.
/// </summary>
public static class ApiDocument
{
    /// <summary>The path every described endpoint starts with.</summary>
    public const string Prefix = "/api/v1/";

    /// <summary>The open-data API (Features/Public), described in the same document.</summary>
    public const string OpenPrefix = "/open/v1/";

    public static void Describe(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var documentName = options.DocumentName;
        options.ShouldInclude = d => (d.GroupName is null || d.GroupName == documentName) && IsApi(d.RelativePath);
        options.AddDocumentTransformer((document, context, _) =>
        {
            var links = context.ApplicationServices.GetRequiredService<PublicLinks>();
            document.Info = new OpenApiInfo
            {
                Title = "ChiSo API",
                Version = "1.0.0",
                Description = """
                    API của ChiSo cho tập lệnh và hệ thống tích hợp: thiết lập đợt đánh giá, nhập số liệu, minh chứng, nộp hồ sơ, theo dõi tiến độ.
                    The ChiSo API for scripts and integrations: campaign set-up, data entry, evidence, submitting, progress.

                    Authentication: a personal access token made at /account/tokens, sent as `Authorization: Bearer chiso_…`.
                    Browsers use the sign-in cookie and must also send the antiforgery token in the `RequestVerificationToken` header on changes.
                    Refusals are RFC 9457 problem details (`application/problem+json`) whose `detail` is in the caller's language.
                    """,
                Contact = new OpenApiContact
                {
                    Name = "Quản trị viên ChiSo của đơn vị / the ChiSo administrators of this installation",
                    Url = links.IsConfigured ? new Uri(links.Base) : null,
                },
            };

            // Relative: the framework's default would take the request's Host header, which any caller may set.
            // Clients resolve the paths against the address they fetched the document from.
            document.Servers = [new OpenApiServer { Url = "/", Description = "Địa chỉ đã tải tài liệu này / the address this document was fetched from" }];

            var described = context.DescriptionGroups.SelectMany(g => g.Items)
                .SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<ApiTagDescription>())
                .DistinctBy(t => t.Name)
                .ToDictionary(t => t.Name, t => t.Description, StringComparer.Ordinal);
            foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
            {
                tag.Description ??= described.GetValueOrDefault(tag.Name ?? "");
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>Puts the endpoints under <paramref name="name"/> in the document, with the tag's description.</summary>
    public static TBuilder WithApiTag<TBuilder>(this TBuilder builder, string name, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithTags(name).WithMetadata(new ApiTagDescription(name, description));

    private static bool IsApi(string? relativePath) =>
        relativePath is not null && (("/" + relativePath).StartsWith(Prefix, StringComparison.Ordinal) || ("/" + relativePath).StartsWith(OpenPrefix, StringComparison.Ordinal));
}

/// <summary>The description of an OpenAPI tag, carried by the endpoints that use it (<see cref="ApiDocument.WithApiTag"/>).</summary>
public sealed record ApiTagDescription(string Name, string Description);
