using System.Security.Claims;
using ChiSo.Web.Features.Accounts;
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
        var group = app.MapGroup("/api/v1/submissions/{id:int}/workbook").RequireAuthorization().WithTags("Workbooks").ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("", Download).WithSummary("Download the unit's workbook (.xlsx) with its stored values")
            .Produces(StatusCodes.Status200OK, contentType: WorkbookEndpoints.XlsxType);
        group.MapPost("/preview", PreviewAsync).AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Upload a filled workbook (multipart field \"file\"): every change old → new and every cell error; saves nothing");
        group.MapPost("/preview/{token}/apply", Apply).AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest)
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
        int id, string token, ClaimsPrincipal user, ChangeCheck check, EntryForms forms, WorkbookUploads uploads, WorkbookImport import, CancellationToken ct)
    {
        var (head, refused) = await check.ForChangeAsync(id, user, ct);
        if (head is null)
        {
            return refused!;
        }

        var parts = token.Split('.');
        if (parts.Length != 2 || uploads.Find(WorkbookEndpoints.Name(user), id, parts[0]) is not { } upload)
        {
            return TypedResults.Problem(UploadCheck.Message(UploadCheck.Expired), statusCode: StatusCodes.Status404NotFound);
        }

        var entry = await forms.WithValuesAsync(head, ct);
        var preview = WorkbookImport.Preview(entry, upload);
        if (preview.Errors.Count > 0 || preview.Changes.Count == 0)
        {
            return Problems.Invalid(preview.Errors.Count > 0
                ? L.T("Tệp còn ô lỗi: hãy sửa rồi tải lên lại; chưa có giá trị nào được lưu.", "The file has cells with errors: fix them and upload again; nothing was saved.")
                : L.T("Tệp không thay đổi giá trị nào.", "The file changes no value."));
        }

        if (preview.Fingerprint() != parts[1])
        {
            return Stale(L.T("Giá trị đã thay đổi kể từ khi xem trước: chưa lưu gì. Hãy xem trước lại.", "Values changed since the preview: nothing was saved. Preview again."));
        }

        var applied = await import.ApplyAsync(entry, preview, upload.FileName, WorkbookEndpoints.Name(user), ct);
        if (applied.Refusal is { } refusal)
        {
            return Stale(refusal);
        }

        uploads.Forget(WorkbookEndpoints.Name(user), id, parts[0]);
        return TypedResults.Ok(new WorkbookAppliedView(applied.Saved));
    }

    private static ProblemHttpResult Stale(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict);

}
