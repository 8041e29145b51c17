using ChiSo.Engine;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiSo.Web.Features.Setup;

/// <summary>RFC 9457 problem details whose detail is in the user's language and whose <c>problems</c> list carries every sentence in both.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Of(int status, IEnumerable<Bilingual> problems)
    {
        var items = problems.Select(p => new Bilingual(p.Vi, p.En)).ToList();
        return TypedResults.Problem(
            string.Join(" ", items.Select(p => L.T(p.Vi, p.En))), statusCode: status,
            extensions: new Dictionary<string, object?> { ["problems"] = items });
    }

    public static ProblemHttpResult Invalid(params Bilingual[] problems) => Of(StatusCodes.Status400BadRequest, problems);

    public static ProblemHttpResult Conflict(Bilingual problem) => Of(StatusCodes.Status409Conflict, [problem]);
}
