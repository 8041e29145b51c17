using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ChiSo.Web.Features.Accounts;

/// <summary>Tells integrators in the OpenAPI document that a personal access token works as a bearer token.</summary>
public static class BearerInOpenApi
{
    public const string Name = "Bearer";

    public static void Describe(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Personal access token made at /account/tokens (Authorization: Bearer chiso_…). Browsers use the sign-in cookie instead.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Name, document)] = [] });
            return Task.CompletedTask;
        });
    }
}
