using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// One endpoint serving both a script or API client and a plain form post: a post that names the page to go
/// <c>back</c> to and does not ask for JSON is answered by going back there, or, when refused, by a short page with
/// the reason and a link back; everyone else gets the answer itself.
/// </summary>
public static class FormReplies
{
    public static IResult Reply(HttpContext http, IResult answer, Engine.Bilingual title, Engine.Bilingual backLink)
    {
        ArgumentNullException.ThrowIfNull(http);
        var back = http.Request.HasFormContentType ? http.Request.Form["back"].ToString() : "";
        if (back.Length == 0 || http.Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true))
        {
            return answer;
        }

        if (answer is ProblemHttpResult problem)
        {
            var heading = L.T(title.Vi, title.En);
            return TypedResults.Content(
                $"<!DOCTYPE html><html lang=\"{(L.IsEnglish ? "en" : "vi")}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(heading)} · ChiSo</title>"
                + "<link rel=\"stylesheet\" href=\"/css/chiso.css\"></head><body><main id=\"main\">"
                + $"<h1>{WebUtility.HtmlEncode(heading)}</h1><p class=\"alert error\" role=\"alert\">{WebUtility.HtmlEncode(problem.ProblemDetails.Detail)}</p>"
                + $"<p><a href=\"{WebUtility.HtmlEncode(LocalUrl.OrHome(back))}\">{WebUtility.HtmlEncode(L.T(backLink.Vi, backLink.En))}</a></p></main></body></html>",
                "text/html; charset=utf-8", System.Text.Encoding.UTF8, problem.StatusCode);
        }

        return TypedResults.Redirect(LocalUrl.OrHome(back));
    }
}
