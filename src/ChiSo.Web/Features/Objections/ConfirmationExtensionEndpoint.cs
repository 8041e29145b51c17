using ChiSo.Data.Review;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Objections;

/// <summary>A later last day for one unit (its id) to confirm or object to its round-1 result (dd/MM/yyyy or yyyy-MM-dd), with the reason.</summary>
public sealed record ConfirmationExtensionRequest(int? UnitId, string? Deadline, string? Reason);

/// <summary>The extension granted: the unit's new last day.</summary>
public sealed record ConfirmationExtensionView(int CampaignId, int UnitId, DateOnly NewDeadline, string Reason, string GrantedBy);

/// <summary>
/// The organiser extends one unit's confirmation window while the round-1 result is out (<see cref="ConfirmationExtensions"/>):
/// JSON for scripts and bearer tokens, or the set-up's extensions page's plain form (which sends <c>back</c>).
/// </summary>
internal static class ConfirmationExtensionEndpoint
{
    public static void Map(IEndpointRouteBuilder app, string tag, string tagText)
    {
        app.MapPost("/api/v1/campaigns/{id:int}/confirmation-extensions", GrantAsync)
            .RequireAuthorization(AccessPolicies.Organiser).AddEndpointFilter<AntiforgeryHeader>().WithApiTag(tag, tagText)
            .WithName("ExtendConfirmationWindow")
            .WithSummary("Extend one unit's window to confirm or object to its round-1 result, while the result is out (organisers; a reason of at least 10 characters; audited and told to the unit)")
            .Accepts<ConfirmationExtensionRequest>("application/json", "application/x-www-form-urlencoded")
            .Produces<ConfirmationExtensionView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> GrantAsync(int id, HttpContext http, ConfirmationExtensions extensions, CancellationToken ct)
    {
        ConfirmationExtensionRequest? request;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(ct);
            request = new(int.TryParse(form["unitId"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var unit) ? unit : null, form["deadline"], form["reason"]);
        }
        else
        {
            try
            {
                request = http.Request.HasJsonContentType() ? await http.Request.ReadFromJsonAsync<ConfirmationExtensionRequest>(ct) : null;
            }
            catch (System.Text.Json.JsonException)
            {
                request = null;
            }
        }

        if (request?.UnitId is not { } unitId)
        {
            return Reply(http, Problems.Invalid(L.T("Hãy gửi đơn vị (unitId), hạn mới (deadline) và lý do (reason).", "Send the unit (unitId), the new deadline and the reason.")));
        }

        var outcome = await extensions.GrantAsync(id, unitId, Engine.PeopleFormat.ParseDate(request!.Deadline), request.Reason, http.User.Identity?.Name ?? "?", ct);
        if (outcome.Value is not { } granted)
        {
            return Reply(http, ObjectionEndpoints.Refused(outcome.Outcome));
        }

        return Reply(http, TypedResults.Ok(new ConfirmationExtensionView(id, unitId, granted.NewDeadline, granted.Reason, granted.GrantedBy)));
    }

    private static IResult Reply(HttpContext http, IResult answer) =>
        FormReplies.Reply(http, answer, new("Chưa gia hạn được", "Not extended"), new("Quay lại", "Back"));
}
