using ChiSo.Engine;
using System.Security.Claims;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiSo.Web.Features.Setup;

/// <summary>Criterion assignments of a campaign over the API: read them, set one, or import the Excel sheet.</summary>
public static class AssignmentApi
{
    public static void Map(RouteGroupBuilder campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        campaign.MapGet("/assignments", List).WithName("ListAssignments").WithSummary("Every criterion of the campaign's framework with its lead and contributing agencies");
        campaign.MapPut("/assignments", Assign).WithName("AssignCriterion").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).Changes(SetupChange.Assignments)
            .WithSummary("Assign one criterion (an empty lead agency removes its assignment)");
        campaign.MapPost("/assignments/workbook", Import).WithName("ImportAssignments").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).Changes(SetupChange.Assignments)
            .WithSummary("Assign criteria in bulk from the Excel assignment sheet (multipart field \"file\"); all rows or none")
            .Accepts<IFormFile>("multipart/form-data");
    }

    private static async Task<Results<Ok<List<AssignmentLine>>, ProblemHttpResult>> List(int id, AssignmentSaving saving, CancellationToken ct) =>
        await saving.PlanAsync(id, ct) is { } plan ? TypedResults.Ok(await saving.LinesAsync(id, plan, ct)) : Problems.NotFound();

    private static async Task<Results<Ok<AssignmentLine>, ProblemHttpResult>> Assign(
        int id, AssignmentRequest request, ClaimsPrincipal user, AssignmentSaving saving, CancellationToken ct)
    {
        if (await saving.PlanAsync(id, ct) is not { } plan)
        {
            return Problems.NotFound();
        }

        var line = new AssignmentLine(request.Code?.Trim() ?? "", "", request.Lead, request.Contributing);
        var problems = await saving.SaveAsync(id, plan, [line], SetupApi.Actor(user), ct);
        if (problems.Count > 0)
        {
            return ApiProblems.Of(StatusCodes.Status400BadRequest, problems);
        }

        return TypedResults.Ok((await saving.LinesAsync(id, plan, ct)).Single(l => l.Code == line.Code));
    }

    private static async Task<Results<Ok<ImportedAssignments>, ProblemHttpResult>> Import(
        int id, HttpRequest request, ClaimsPrincipal user, AssignmentSaving saving, CancellationToken ct)
    {
        if (await saving.PlanAsync(id, ct) is not { } plan)
        {
            return Problems.NotFound();
        }

        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null || file.Length == 0)
        {
            return ApiProblems.Invalid(new Bilingual("Hãy gửi tệp Excel phân công trong trường \"file\".", "Send the Excel assignment sheet in the \"file\" field."));
        }

        await using var stream = file.OpenReadStream();
        var (saved, problems) = await saving.ImportAsync(id, plan, stream, Path.GetFileName(file.FileName), SetupApi.Actor(user), ct);
        return saved == 0 && problems.Count > 0 ? ApiProblems.Of(StatusCodes.Status400BadRequest, problems) : TypedResults.Ok(new ImportedAssignments(saved));
    }
}
