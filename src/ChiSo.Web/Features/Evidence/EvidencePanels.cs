using System.Globalization;
using System.Security.Claims;
using ChiSo.Web.Features.Collection;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiSo.Web.Features.Evidence;

/// <summary>
/// One criterion's evidence panel on its own, so that the entry page's script replaces just that panel after an
/// upload, a citation or a removal, and nothing typed elsewhere on the page is lost. The panel's forms also work
/// without script: a post that names the page to go <c>back</c> to and does not ask for JSON is answered by going back
/// there (or, when refused, by a short page with the reason).
/// </summary>
public static class EvidencePanels
{
    private const string Route = "/submissions/{id:int}/criteria/{criterion}/evidence-panel";

    public static string Url(int submissionId, string criterion) =>
        string.Create(CultureInfo.InvariantCulture, $"/submissions/{submissionId}/criteria/{Uri.EscapeDataString(criterion)}/evidence-panel");

    public static void MapEvidencePanel(this IEndpointRouteBuilder app) =>
        app.MapGet(Route, Panel).RequireAuthorization().ExcludeFromDescription();

    private static async Task<IResult> Panel(
        int id, string criterion, ClaimsPrincipal user, EntryForms forms, UnitAccess access, ChangeCheck check, CancellationToken ct)
    {
        var head = await forms.HeadAsync(id, ct);
        if (head is null || !head.Plan.TryGetIndex(criterion, out _))
        {
            return Problems.NotFound();
        }

        if (!await access.CanSeeUnitAsync(user, head.Submission.UnitId, ct))
        {
            return Problems.Forbidden();
        }

        var editable = await check.RefusalAsync(head, user, ct) is null;
        return new RazorComponentResult<EvidencePanel>(new Dictionary<string, object?>
        {
            [nameof(EvidencePanel.Entry)] = head, [nameof(EvidencePanel.Criterion)] = criterion, [nameof(EvidencePanel.Editable)] = editable,
        });
    }

    /// <summary>
    /// The answer to a change of evidence: <paramref name="answer"/> for a script or an API client; for a plain form
    /// post from the panel (it sends <c>back</c> and does not ask for JSON), back to the page, or the refusal as a page.
    /// </summary>
    public static IResult Reply(HttpContext http, IResult answer) =>
        FormReplies.Reply(http, answer, new("Chưa gửi được minh chứng", "The evidence was not sent"), new("Quay lại hồ sơ", "Back to the submission"));
}
