using Scalar.AspNetCore;
using ChiSo.Web.Features.Accounts;
using ChiSo.Web.Features.Admin;
using ChiSo.Web.Features.Audit;
using ChiSo.Web.Features.Collection;
using ChiSo.Web.Features.Demo;
using ChiSo.Web.Features.EditionEditor;
using ChiSo.Web.Features.Editions;
using ChiSo.Web.Features.Evidence;
using ChiSo.Web.Features.FirstRun;
using ChiSo.Web.Features.Layout;
using ChiSo.Web.Features.Notifications;
using ChiSo.Web.Features.People;
using ChiSo.Web.Features.Progress;
using ChiSo.Web.Features.Public;
using ChiSo.Web.Features.Review;
using ChiSo.Web.Features.Results;
using ChiSo.Web.Features.ReviewProcess;
using ChiSo.Web.Features.Setup;
using ChiSo.Web.Features.Objections;
using ChiSo.Web.Features.Shared;
using ChiSo.Web.Features.Submitting;
using ChiSo.Web.Features.Tasks;
using ChiSo.Web.Features.UnitCatalogue;
using ChiSo.Web.Features.Workbooks;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddShared(builder.Configuration)
    .AddLayout()
    .AddDemo()
    .AddAccounts(builder.Configuration)
    .AddFirstRun(builder.Configuration)
    .AddAdmin()
    .AddPeople(builder.Configuration)
    .AddSetup()
    .AddEditions()
    .AddCollection()
    .AddSubmitting()
    .AddObjections()
    .AddEvidence(builder.Configuration)
    .AddWorkbooks()
    .AddProgress()
    .AddRounds()
    .AddNotifications(builder.Configuration)
    .AddTasks()
    .AddEditionEditor()
    .AddUnits()
    .AddAudit()
    .AddReview()
    .AddPublic()
    .AddResults()
    .AddProfiles(builder.Configuration);
builder.Services.AddForwardedHeadersFrom(builder.Configuration);
// A request a handler cannot bind answers 400 (status pages give it a body) instead of throwing in Development.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);

var app = builder.Build();
await DatabaseStartup.PrepareAsync(app.Services);
await DemoMode.SeedAsync(app.Services, app.Configuration);

// Production error pages in every environment: a civil servant never sees a stack trace.
app.UseExceptionHandler(ErrorPages.Path, createScopeForErrors: true);
app.UseForwardedHeaders();
app.UseHsts();
app.UseSecurityHeaders();
app.UseOneSqliteConnectionPerRequest();
app.UseChiSoLocalization();
app.UseChiSoStatusPages();
// Until the first administrator exists (demo off), only the set-up page, sign-in and health are served.
app.UseFirstRun();
app.UseAuthentication();
app.UseAuthorization();
// After authentication: the public pages' cache policy keeps anonymous visitors' answers only.
app.UseOutputCache();
app.UseRateLimiter();
app.UseAntiforgeryForCookieCallers();
app.UseBadRequestAnswers();

app.MapStaticAssets().AllowAnonymous();
// The API described for integrators: /openapi/v1.json and a reference page at /scalar/v1.
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapShared();
app.MapAccounts();
app.MapAdmin();
app.MapPeople();
app.MapSetup();
app.MapEditions();
app.MapCollection();
app.MapSubmitting();
app.MapObjections();
app.MapEvidence();
app.MapWorkbooks();
app.MapProgress();
app.MapRounds();
app.MapNotifications();
app.MapTasks();
app.MapEditionEditor();
app.MapUnits();
app.MapAudit();
app.MapReview();
app.MapPublic();
app.MapResults();
app.MapProfiles();
// Pages say who may open them ([Authorize] with a policy, or [AllowAnonymous]); the framework's own redirect helper
// only forwards a redirect that a page already made.
app.MapRazorComponents<App>().Add(endpoint =>
{
    if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: "/_framework/opaque-redirect" or "_framework/opaque-redirect" })
    {
        endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
    }
});

await app.RunAsync();
