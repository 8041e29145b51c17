using System.Security.Claims;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiSo.Web.Features.Collection;

/// <summary>Points of every node for one unit, formatted for the user and raw.</summary>
public sealed record PointsView(string Code, double Points, string Shown);

/// <summary>
/// A saved value and the points of every node after it. <see cref="Revision"/> grows with every save of the submission
/// (a new value adds one, a changed one adds one to its version): a form with several saves in flight shows the points of the highest one it has
/// received, never older points that arrived late.
/// <see cref="Checks"/> holds what the saved criterion's values break now (failed checks, values out of bounds): the form
/// shows them beside the inputs concerned and clears those no longer listed.
/// </summary>
public sealed record SavedResponse(ValueState Value, IReadOnlyList<PointsView> Points, int Revision)
{
    public IReadOnlyList<CheckView> Checks { get; init; } = [];
}

public sealed record ConflictResponse(string Message, ValueState Stored, ValueState Attempted);

public static class CollectionEndpoints
{
    public static IServiceCollection AddCollection(this IServiceCollection services)
    {
        services.AddScoped<EntryForms>();
        services.AddScoped<ValueSaving>();
        services.AddScoped<ChangeCheck>();
        return services;
    }

    public static void MapCollection(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/submissions/{id:int}").RequireAuthorization().WithApiTag("Collection", "Nhập số liệu của một hồ sơ: điểm từng tiêu chí, lưu từng giá trị. Data entry of one submission: points per criterion, saving one value at a time.").ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/points", GetPoints).WithName("GetSubmissionPoints")
            .WithSummary("Points of every criterion of the submission as entered so far");
        group.MapPost("/values", SaveValue).WithName("SaveSubmissionValue").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Save one value of the submission; 409 with the stored value when someone changed it since it was read");
    }

    private static async Task<Results<Ok<IReadOnlyList<PointsView>>, ProblemHttpResult>> GetPoints(
        int id, ClaimsPrincipal user, EntryForms forms, UnitAccess access, CancellationToken ct)
    {
        var entry = await forms.LoadAsync(id, ct);
        if (entry is null || !await access.CanSeeUnitAsync(user, entry.Submission.UnitId, ct))
        {
            return entry is null ? Problems.NotFound() : Problems.Forbidden();
        }

        return TypedResults.Ok(PointsOf(entry));
    }

    private static async Task<Results<Ok<SavedResponse>, Conflict<ConflictResponse>, ProblemHttpResult>> SaveValue(
        int id, SaveValueRequest request, ClaimsPrincipal user, ChangeCheck check, ValueSaving saving, EntryForms forms, CancellationToken ct)
    {
        var (entry, refused) = await check.ForChangeAsync(id, user, ct);
        if (entry is null)
        {
            return refused!;
        }

        var outcome = await saving.SaveAsync(entry, request, user.Identity?.Name ?? "?", ct);
        if (outcome is SaveOutcome.Saved saved)
        {
            // Points from the values as stored now, the other fields' saves that committed meanwhile included.
            var after = await forms.WithValuesAsync(entry, ct);
            var checks = after.Plan.TryGetIndex(request.Criterion, out var node) ? EntryChecks.Of(after, after.Plan.Nodes[node]) : [];
            return TypedResults.Ok(new SavedResponse(saved.Value, PointsOf(after), Revision(after)) { Checks = [.. checks.Select(EntryChecks.View)] });
        }

        return outcome switch
        {
            SaveOutcome.Conflict conflict => TypedResults.Conflict(new ConflictResponse(
                L.T("Người khác đã lưu giá trị này trước bạn. Hãy chọn giữ giá trị nào.", "Someone else saved this value before you. Choose which value to keep."),
                conflict.Stored, conflict.Attempted)),
            SaveOutcome.Invalid invalid => Problems.Invalid(L.T(invalid.Vi, invalid.En)),
            SaveOutcome.Closed closed => Submitting.SubmissionWindow.Refused((closed.Vi, closed.En)),
            _ => throw new InvalidOperationException($"Unexpected save outcome {outcome}."),
        };
    }

    /// <summary>Grows by at least one with every committed save of the submission's self-assessment values.</summary>
    public static int Revision(Entry entry) => entry.Values.Values.Sum(v => v.Version + 1);

    public static IReadOnlyList<PointsView> PointsOf(Entry entry)
    {
        var sheet = EntryForms.Score(entry);
        return [.. entry.Plan.Nodes.Select(n => new PointsView(n.Code, sheet.Points(n.Index, 0), L.Number(sheet.Points(n.Index, 0))))];
    }
}
