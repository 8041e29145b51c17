using System.Globalization;
using System.Security.Claims;
using ChiSo.Web.Features.Collection;
using ChiSo.Web.Features.Shared;
using ChiSo.Files.Collection;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChiSo.Web.Features.Workbooks;

/// <summary>
/// The Excel round trip of one unit: download the workbook, upload it filled (then see the preview page), apply.
/// Uploading and applying are the unit's own job while its submission is open, like the entry form.
/// </summary>
public static class WorkbookEndpoints
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IServiceCollection AddWorkbooks(this IServiceCollection services)
    {
        services.AddSingleton<WorkbookUploads>();
        services.AddScoped<WorkbookImport>();
        services.AddScoped<WorkbookApplying>();
        return services;
    }

    public static void MapWorkbooks(this IEndpointRouteBuilder app)
    {
        var unit = app.MapGroup("/campaigns/{campaignId:int}/units/{unitId:int}").RequireAuthorization().WithTags("Workbooks");
        unit.MapGet("/workbook.xlsx", Download);

        // Form posts: the antiforgery middleware checks the token before the handlers run.
        unit.MapPost("/workbook/upload", Upload).WithMetadata(new RequireAntiforgeryTokenAttribute());
        unit.MapPost("/workbook/preview/{token}/apply", Apply).WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapWorkbookApi();
    }

    /// <summary>The unit's workbook with its stored values, as the file a browser or a client downloads.</summary>
    public static FileStreamHttpResult FileOf(Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var output = new MemoryStream();
        UnitWorkbookWriter.Write(WorkbookImport.Content(entry), output);
        output.Position = 0;
        return TypedResults.File(output, XlsxType, $"chiso-{entry.UnitCode}.xlsx");
    }

    public static string PagePath(int campaignId, int unitId) =>
        string.Create(CultureInfo.InvariantCulture, $"/campaigns/{campaignId}/units/{unitId}/workbook");

    private static async Task<IResult> Download(int campaignId, int unitId, ClaimsPrincipal user, UnitAccess access, EntryForms forms, CancellationToken ct)
    {
        if (!await access.CanSeeUnitAsync(user, unitId, ct))
        {
            return Problems.Forbidden();
        }

        var id = await forms.SubmissionIdAsync(campaignId, unitId, ct);
        if (id is null || await forms.LoadAsync(id.Value, ct) is not { } entry)
        {
            return Problems.NotFound();
        }

        return FileOf(entry);
    }

    private static async Task<IResult> Upload(
        int campaignId, int unitId, IFormFile? file, ClaimsPrincipal user, ChangeCheck check, WorkbookUploads uploads, CancellationToken ct)
    {
        if (await check.EditableAsync(campaignId, unitId, user, ct) is not { } entry)
        {
            return Problems.Forbidden();
        }

        var back = PagePath(campaignId, unitId);
        var (upload, reason) = await UploadCheck.ReadAsync(file, entry.Plan, ct);
        if (upload is null)
        {
            return TypedResults.Redirect($"{back}?error={reason}");
        }

        var token = uploads.Keep(Name(user), entry.Submission.Id, upload);
        return TypedResults.Redirect($"{back}/preview/{token}");
    }

    private static async Task<IResult> Apply(
        int campaignId, int unitId, string token, [FromForm] string? fingerprint, ClaimsPrincipal user,
        ChangeCheck check, WorkbookApplying applying, CancellationToken ct)
    {
        if (await check.EditableAsync(campaignId, unitId, user, ct) is not { } entry)
        {
            return Problems.Forbidden();
        }

        var page = PagePath(campaignId, unitId);
        return await applying.ApplyAsync(entry, Name(user), token, fingerprint, ct) switch
        {
            ApplyOutcome.Applied applied => TypedResults.Redirect(string.Create(CultureInfo.InvariantCulture, $"{page}?saved={applied.Saved}")),
            ApplyOutcome.Expired => TypedResults.Redirect($"{page}?error={UploadCheck.Expired}"),
            _ => TypedResults.Redirect($"{page}/preview/{token}?stale=1"),
        };
    }

    public static string Name(ClaimsPrincipal user) => user?.Identity?.Name ?? "?";
}
