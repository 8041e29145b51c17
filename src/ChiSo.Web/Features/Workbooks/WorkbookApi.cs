using System.Security.Claims;
using ChiSo.Web.Features.Collection;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiSo.Web.Features.Workbooks;

/// <summary>
/// The Excel round trip under /api/v1, by submission: the same services as the workbook pages. Anyone who sees the
/// unit may download; uploading is the unit's reporter's or head's job while the submission is open, as on the page.
/// </summary>
public static class WorkbookApi
{
    public static void MapWorkbookApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/submissions/{id:int}/workbook").RequireAuthorization().WithApiTag("Workbooks", "Sổ Excel của một hồ sơ: tải về, xem trước thay đổi khi tải lên, áp dụng. The Excel workbook of a submission: download, preview an upload, apply it.").ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("", Download).WithName("DownloadSubmissionWorkbook").WithSummary("Download the unit's workbook (.xlsx) with its stored values")
            .Produces(StatusCodes.Status200OK, contentType: WorkbookEndpoints.XlsxType);
        group.MapPost("/preview", PreviewAsync).WithName("PreviewWorkbookUpload").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Upload a filled workbook (multipart field \"file\"): every change old → new and every cell error; saves nothing");
        group.MapPost("/preview/{token}/apply", Apply).WithName("ApplyWorkbookPreview").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Save every change of a preview in one transaction; 409 when a value changed since the preview");
    }

    private static async Task<IResult> Download(int id, ClaimsPrincipal user, UnitAccess access, EntryForms forms, CancellationToken ct)
    {
        if (await forms.LoadAsync(id, ct) is not { } entry)
        {
            return Problems.NotFound();
        }

        if (!await access.CanSeeUnitAsync(user, entry.Submission.UnitId, ct))
        {
            return Problems.Forbidden();
        }

        return WorkbookEndpoints.FileOf(entry);
    }

    private static async Task<Results<Ok<WorkbookPreviewView>, ProblemHttpResult>> PreviewAsync(
        int id, HttpRequest request, ClaimsPrincipal user, ChangeCheck check, EntryForms forms, WorkbookUploads uploads, CancellationToken ct)
    {
        var (head, refused) = await check.ForChangeAsync(id, user, ct);
        if (head is null)
        {
            return refused!;
        }

        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        var entry = await forms.WithValuesAsync(head, ct);
        var (upload, reason) = await UploadCheck.ReadAsync(file, entry.Plan, ct);
        if (upload is null)
        {
            return Problems.Invalid(UploadCheck.Message(reason)!);
        }

        var kept = uploads.Keep(WorkbookEndpoints.Name(user), id, upload);
        var preview = WorkbookImport.Preview(entry, upload);
        return TypedResults.Ok(WorkbookPreviewView.From(kept + "." + preview.Fingerprint(), upload.FileName, preview));
    }

    private static async Task<Results<Ok<WorkbookAppliedView>, ProblemHttpResult>> Apply(
        int id, string token, ClaimsPrincipal user, ChangeCheck check, EntryForms forms, WorkbookApplying applying, CancellationToken ct)
    {
        var (head, refused) = await check.ForChangeAsync(id, user, ct);
        if (head is null)
        {
            return refused!;
        }

        // The API's token is the upload's and the preview's fingerprint in one: "upload.fingerprint".
        var parts = token.Split('.');
        var outcome = parts.Length == 2
            ? await applying.ApplyAsync(await forms.WithValuesAsync(head, ct), WorkbookEndpoints.Name(user), parts[0], parts[1], ct)
            : new ApplyOutcome.Expired();
        return outcome switch
        {
            ApplyOutcome.Applied applied => TypedResults.Ok(new WorkbookAppliedView(applied.Saved)),
            ApplyOutcome.Expired => TypedResults.Problem(UploadCheck.Message(UploadCheck.Expired), statusCode: StatusCodes.Status404NotFound),
            ApplyOutcome.NothingToApply nothing => Problems.Invalid(L.T(nothing.Vi, nothing.En)),
            ApplyOutcome.Stale stale => Stale(stale.Detail),
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    private static ProblemHttpResult Stale(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict);

}
