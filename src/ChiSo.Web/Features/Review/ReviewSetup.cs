using ChiSo.Data;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Evidence;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Review;

/// <summary>
/// The reviewers' workspace (ADR 0024, issue 13 §1): the organiser's page of reviewers under the campaign set-up,
/// the workspace pages (<c>/campaigns/{id}/review</c>), the API, and evidence files opened in the browser.
/// </summary>
public static class ReviewSetup
{
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddScoped<ReviewPoints>();
        services.AddScoped<ReviewerAssignments>();
        services.AddScoped<ReviewWorkspace>();
        return services;
    }

    public static void MapReview(this IEndpointRouteBuilder app)
    {
        app.MapReviewApi();
        app.MapGet("/campaigns/{id:int}/review/evidence/{evidenceId:int}", OpenEvidence).RequireAuthorization().ExcludeFromDescription();
    }

    // Types a browser shows by itself without running anything of the file's: these open in the browser, the rest download.
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase) { "application/pdf", "image/png", "image/jpeg" };

    /// <summary>
    /// An evidence file for a reviewer: images and PDF open in the browser (inline), sandboxed by a policy of this
    /// response alone, so that nothing in the file can run with the site's rights; other types download.
    /// </summary>
    private static async Task<IResult> OpenEvidence(
        int id, int evidenceId, HttpContext http, ChiSoDbContext db, UnitAccess access, EvidenceStore store, CancellationToken ct)
    {
        var row = await db.Evidence.AsNoTracking()
            .Where(e => e.Id == evidenceId && e.Kind == EvidenceKind.File)
            .Join(db.Submissions.Where(s => s.CampaignId == id), e => e.SubmissionId, s => s.Id, (e, s) => new { e.Sha256, e.FileName, e.ContentType, s.UnitId })
            .SingleOrDefaultAsync(ct);
        if (row is null || !await access.CanSeeForReviewAsync(http.User, id, row.UnitId, ct))
        {
            return row is null ? Problems.NotFound() : Problems.Forbidden();
        }

        var path = store.PathOf(row.Sha256!);
        if (!File.Exists(path))
        {
            return Problems.NotFound();
        }

        var type = (row.ContentType ?? "application/octet-stream").Split(';')[0].Trim();
        var name = EvidenceNames.ForType(row.FileName, row.ContentType);
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (!Inline.Contains(type))
        {
            return TypedResults.PhysicalFile(path, row.ContentType ?? "application/octet-stream", name);
        }

        headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'";
        headers.ContentDisposition = new System.Net.Mime.ContentDisposition { Inline = true, FileName = Ascii(name) }.ToString()
            + "; filename*=UTF-8''" + Uri.EscapeDataString(name);
        return TypedResults.PhysicalFile(path, type);
    }

    /// <summary>The plain-ASCII fallback name for old browsers; the UTF-8 name follows it.</summary>
    private static string Ascii(string name)
    {
        var folded = new string([.. name.Normalize(System.Text.NormalizationForm.FormD).Where(c => c < 128 && c >= 32 && c != '"' && c != '\\')]);
        return folded.Length > 0 ? folded : "minh-chung";
    }
}
