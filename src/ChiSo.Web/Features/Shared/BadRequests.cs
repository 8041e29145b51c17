using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// Requests the app cannot act on get a 400 in the user's language before any page or handler runs, never an
/// exception page: a stale or missing antiforgery token on a form post, and a query parameter that does not parse as
/// the type a page declares for it (<c>?saved=x</c> where the page reads an <c>int?</c>), which the component renderer
/// would otherwise throw on.
/// </summary>
public static class BadRequests
{
    private static readonly ConcurrentDictionary<Type, (string Name, Type Type)[]> TypedQueryParameters = new();

    public static IApplicationBuilder UseBadRequestAnswers(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                await ErrorPages.WriteAsync(http, StatusCodes.Status400BadRequest,
                    L.T("Phiên làm việc của biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi gửi lại.", "The form's session token is missing or expired. Reload the page and send it again."));
                return;
            }

            if (http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page && Malformed(http.Request.Query, page.Type) is { } name)
            {
                await ErrorPages.WriteAsync(http, StatusCodes.Status400BadRequest,
                    L.T($"Tham số “{name}” trong địa chỉ không đúng dạng. Hãy mở lại trang từ thực đơn.", $"The address parameter “{name}” is malformed. Open the page again from the menu."));
                return;
            }

            await next(http);
        });

    private static string? Malformed(IQueryCollection query, Type component)
    {
        foreach (var (name, type) in TypedQueryParameters.GetOrAdd(component, Declared))
        {
            // Named as the address spells it (query names match whatever their case).
            if (query.TryGetValue(name, out var values) && values.Any(v => !string.IsNullOrEmpty(v) && !Parses(v!, type)))
            {
                return query.Keys.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            }
        }

        return null;
    }

    private static (string Name, Type Type)[] Declared(Type component) =>
    [
        .. component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Query: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Query is not null)
            .Select(p => (p.Query!.Name ?? p.Property.Name, Element(p.Property.PropertyType)))
            .Where(p => p.Item2 != typeof(string)),
    ];

    private static Type Element(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        return Nullable.GetUnderlyingType(element) ?? element;
    }

    /// <summary>The types the component renderer parses from the query, read as it reads them (invariant culture).</summary>
    private static bool Parses(string text, Type type)
    {
        var c = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(int) => int.TryParse(text, NumberStyles.Integer, c, out _),
            _ when type == typeof(long) => long.TryParse(text, NumberStyles.Integer, c, out _),
            _ when type == typeof(bool) => bool.TryParse(text, out _),
            _ when type == typeof(double) => double.TryParse(text, NumberStyles.Float, c, out _),
            _ when type == typeof(float) => float.TryParse(text, NumberStyles.Float, c, out _),
            _ when type == typeof(decimal) => decimal.TryParse(text, NumberStyles.Number, c, out _),
            _ when type == typeof(Guid) => Guid.TryParse(text, c, out _),
            _ when type == typeof(DateTime) => DateTime.TryParse(text, c, DateTimeStyles.None, out _),
            _ when type == typeof(DateOnly) => DateOnly.TryParse(text, c, DateTimeStyles.None, out _),
            _ when type == typeof(TimeOnly) => TimeOnly.TryParse(text, c, DateTimeStyles.None, out _),
            _ => true,
        };
    }
}
