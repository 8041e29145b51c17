using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Authorisation;

/// <summary>Every endpoint the running app maps, read from its <see cref="EndpointDataSource"/>, with its authorisation decision.</summary>
internal sealed record MappedEndpoint(string Method, string Pattern, bool Anonymous, bool Decided, string? Name, bool Page)
{
    public override string ToString() => $"{Method} /{Pattern} ({Name})";

    public static List<MappedEndpoint> Read(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => Methods(e).Select(m => new MappedEndpoint(
                m, e.RoutePattern.RawText?.TrimStart('/') ?? "",
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null || e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0,
                e.DisplayName,
                e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null))),
    ];

    /// <summary>Whether a concrete path of a matrix row is an address of this endpoint.</summary>
    public bool Matches(string path)
    {
        var regex = "^/" + Regex.Replace(Regex.Escape(Pattern.TrimEnd('/')), @"\\\{[^}]*}", "[^/]+") + "$";
        return Regex.IsMatch(path.Split('?')[0], regex.Replace("^//", "^/", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["*"];
}
