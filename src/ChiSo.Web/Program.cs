using Scalar.AspNetCore;
using ChiSo.Web.Features.Accounts;
using ChiSo.Web.Features.Admin;
using ChiSo.Web.Features.Collection;
using ChiSo.Web.Features.Progress;
using ChiSo.Web.Features.Evidence;
using ChiSo.Web.Features.Shared;
using ChiSo.Web.Features.Submitting;
using ChiSo.Web.Features.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddChiSoWeb(builder.Configuration);

var app = builder.Build();
await DatabaseStartup.PrepareAsync(app.Services, app.Configuration);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler(ErrorPages.Path, createScopeForErrors: true);
}

app.UseOneSqliteConnectionPerRequest();
app.UseChiSoLocalization();
app.UseChiSoStatusPages();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapGet("/health", () => TypedResults.Ok("ok")).AllowAnonymous();
app.MapErrorEndpoint();
// The API described for integrators: /openapi/v1.json and a reference page at /scalar/v1.
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapLanguageEndpoints();
app.MapAccountEndpoints();
app.MapCollectionEndpoints();
ChiSo.Web.Features.Workbooks.WorkbookEndpoints.MapWorkbookEndpoints(app);
app.MapProgressEndpoints();
app.MapEvidenceEndpoints();
app.MapSubmitEndpoints();
app.MapSetupEndpoints();
app.MapAdminEndpoints();
app.MapRazorComponents<App>();

await app.RunAsync();

/// <summary>The web host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
