using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Collection;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Evidence;

/// <summary>
/// Evidence of one submission under /api/v1: list, upload a file, cite a document, remove, download. Changes are form
/// posts (multipart), so the framework checks their antiforgery token; only the unit's reporter or head may make them,
/// while the form is editable and the deadline (or the unit's extension) has not passed.
/// </summary>
public static class EvidenceEndpoints
{
    public static void MapEvidence(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/submissions/{id:int}").RequireAuthorization().WithApiTag("Evidence", "Minh chứng của một hồ sơ: tệp tải lên và văn bản trích dẫn. Evidence of one submission: uploaded files and cited documents.").ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/evidence", List).WithName("ListEvidence").WithSummary("Evidence of the submission, files and citations, per criterion");
        var limit = app.ServiceProvider.GetRequiredService<EvidenceOptions>().MaxBytes;

        // Room above the limit so that a slightly bigger file gets our reason rather than the server's bare 413.
        group.MapPost("/criteria/{criterion}/evidence/files", AddFile).WithMetadata(new RequestSizeLimitAttribute(limit + (1024 * 1024)))
            .WithName("AddEvidenceFile").WithSummary("Upload one evidence file for a criterion (multipart field \"file\")")
            .Accepts<IFormFile>("multipart/form-data").Produces<EvidenceView>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("/criteria/{criterion}/evidence/citations", AddCitation).WithName("AddEvidenceCitation")
            .WithSummary("Cite an official document (number, date, summary, signer) as evidence for a criterion")
            .Produces<EvidenceView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/evidence/{evidenceId:int}/remove", Remove).WithName("RemoveEvidence")
            .WithSummary("Remove one piece of evidence, with an optional reason kept in the audit log")
            .Produces<EvidenceView>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/evidence/{evidenceId:int}/file", Download).WithName("DownloadEvidenceFile")
            .WithSummary("Download an evidence file, always as an attachment").Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
        app.MapEvidencePanel();
    }

    private static async Task<Results<Ok<IReadOnlyList<EvidenceView>>, ProblemHttpResult>> List(
        int id, ClaimsPrincipal user, ChiSoDbContext db, UnitAccess access, EvidenceKeeping keeping, CancellationToken ct)
    {
        var unit = await db.Submissions.Where(s => s.Id == id).Select(s => (int?)s.UnitId).SingleOrDefaultAsync(ct);
        if (unit is null || !await access.CanSeeUnitAsync(user, unit.Value, ct))
        {
            return unit is null ? Problems.NotFound() : Problems.Forbidden();
        }

        return TypedResults.Ok(await keeping.ListAsync(id, ct));
    }

    private static async Task<IResult> AddFile(
        int id, string criterion, IFormFileCollection files, HttpContext http, ChangeCheck check,
        EvidenceKeeping keeping, CancellationToken ct)
    {
        var user = http.User;
        var (submission, refused) = await ForChangeAsync(id, criterion, user, check, ct);
        if (refused is not null)
        {
            return EvidencePanels.Reply(http, refused);
        }

        if (files.GetFiles("file").FirstOrDefault(f => f.Length > 0) is not { } file)
        {
            return EvidencePanels.Reply(http, Problems.Invalid(L.T("Hãy chọn một tệp (trường 'file').", "Choose a file (field 'file').")));
        }

        await using var content = file.OpenReadStream();
        return EvidencePanels.Reply(http, Respond(await keeping.AddFileAsync(submission!, criterion, file.FileName, file.Length, content, user.Identity?.Name ?? "?", ct)));
    }

    private static async Task<IResult> AddCitation(
        int id, string criterion, [FromForm] CitationForm form, HttpContext http, ChangeCheck check,
        EvidenceKeeping keeping, CancellationToken ct)
    {
        var user = http.User;
        var (submission, refused) = await ForChangeAsync(id, criterion, user, check, ct);
        if (refused is not null)
        {
            return EvidencePanels.Reply(http, refused);
        }

        var request = new CitationRequest(criterion, form.Number, form.Date, form.Summary, form.Signer);
        return EvidencePanels.Reply(http, Respond(await keeping.AddCitationAsync(submission!, request, user.Identity?.Name ?? "?", ct)));
    }

    private static async Task<IResult> Remove(
        int id, int evidenceId, [FromForm] string? reason, HttpContext http, ChangeCheck check,
        EvidenceKeeping keeping, CancellationToken ct)
    {
        var user = http.User;
        var (submission, refused) = await ForChangeAsync(id, null, user, check, ct);
        return EvidencePanels.Reply(http, refused ?? Respond(await keeping.RemoveAsync(submission!, evidenceId, user.Identity?.Name ?? "?", reason, ct)));
    }

    private static async Task<IResult> Download(
        int id, int evidenceId, HttpContext http, ChiSoDbContext db, UnitAccess access, EvidenceStore store, CancellationToken ct)
    {
        var row = await db.Evidence.AsNoTracking()
            .Where(e => e.Id == evidenceId && e.SubmissionId == id && e.Kind == EvidenceKind.File)
            .Join(db.Submissions, e => e.SubmissionId, s => s.Id, (e, s) => new { e.Sha256, e.FileName, e.ContentType, s.UnitId })
            .SingleOrDefaultAsync(ct);
        if (row is null || !await access.CanSeeUnitAsync(http.User, row.UnitId, ct))
        {
            return row is null ? Problems.NotFound() : Problems.Forbidden();
        }

        var path = store.PathOf(row.Sha256!);
        if (!File.Exists(path))
        {
            return Problems.NotFound();
        }

        // Always an attachment, never rendered by the browser as whatever it guesses.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(path, row.ContentType ?? "application/octet-stream", EvidenceNames.ForType(row.FileName, row.ContentType));
    }

    /// <summary>The submission when the user may change its evidence now (<see cref="ChangeCheck"/>); otherwise the answer to give.</summary>
    private static async Task<(Submission? Submission, IResult? Refused)> ForChangeAsync(
        int id, string? criterion, ClaimsPrincipal user, ChangeCheck check, CancellationToken ct)
    {
        var (entry, refused) = await check.ForChangeAsync(id, user, ct);
        if (entry is null)
        {
            return (null, refused);
        }

        if (criterion is not null && !entry.Plan.TryGetIndex(criterion, out _))
        {
            return (null, Problems.Invalid(L.T($"Không có tiêu chí {criterion}.", $"There is no criterion {criterion}.")));
        }

        return (entry.Submission, null);
    }

    private static IResult Respond(EvidenceOutcome outcome) => outcome switch
    {
        EvidenceOutcome.Done done => TypedResults.Ok(done.Evidence),
        EvidenceOutcome.Refused no => TypedResults.Problem(L.T(no.Vi, no.En), statusCode: no.Status),
        _ => throw new InvalidOperationException("Unknown evidence outcome."),
    };
}

/// <summary>The citation form's fields; settable properties, because form binding treats constructor parameters as required.</summary>
public sealed class CitationForm
{
    public string? Number { get; set; }

    public string? Date { get; set; }

    public string? Summary { get; set; }

    public string? Signer { get; set; }
}
