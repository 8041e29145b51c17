using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// What a user sees when something goes wrong without a page of its own to say so: an unknown address, an empty
/// 4xx answer, or an unexpected error (in every environment: a civil servant never sees a developer page). The API gets RFC
/// 9457 problem details, a browser a short page — both in the user's language, never a stack trace.
/// </summary>
public static class ErrorPages
{
    public const string Path = "/error";

    /// <summary>The target of <c>UseExceptionHandler</c>: any method, since the failed request is replayed here.</summary>
    public static void MapErrorEndpoint(this IEndpointRouteBuilder app) =>
        app.Map(Path, (HttpContext http) =>
        {
            var failed = http.Features.Get<IExceptionHandlerPathFeature>();
            // A request the framework could not read (a bad body, a form without its token) is the caller's error.
            var status = failed?.Error switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status500InternalServerError,
            };
            return AnswerAsync(http, status, failed?.Path ?? http.Request.Path);
        }).AllowAnonymous().ExcludeFromDescription();

    /// <summary>Gives empty error answers (a 404 for an unknown address, a bare 401 or 405) a body in the user's language.</summary>
    public static IApplicationBuilder UseChiSoStatusPages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(context => AnswerAsync(context.HttpContext, context.HttpContext.Response.StatusCode, context.HttpContext.Request.Path));

    /// <summary>The error answer for <paramref name="status"/> with a reason of the caller's own.</summary>
    public static Task WriteAsync(HttpContext http, int status, string detail)
    {
        ArgumentNullException.ThrowIfNull(http);
        return AnswerAsync(http, status, http.Request.Path, detail);
    }

    private static async Task AnswerAsync(HttpContext http, int status, PathString path, string? reason = null)
    {
        var (title, standard) = Texts(status);
        var detail = reason ?? standard;
        if (path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(http);
            return;
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        var lang = L.IsEnglish ? "en" : "vi";
        await http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)} · ChiSo</title>"
            + "<link rel=\"stylesheet\" href=\"/css/chiso.css\"></head><body><main id=\"main\">"
            + $"<h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(detail)}</p>"
            + $"<p><a href=\"/\">{WebUtility.HtmlEncode(L.T("Về trang chủ", "Go to the home page"))}</a></p></main></body></html>");
    }

    private static (string Title, string Detail) Texts(int status) => status switch
    {
        StatusCodes.Status404NotFound => (L.T("Không tìm thấy", "Not found"),
            L.T("Không có trang hoặc dữ liệu ở địa chỉ này.", "There is no page or data at this address.")),
        StatusCodes.Status401Unauthorized => (L.T("Cần đăng nhập", "Sign-in needed"),
            L.T("Hãy đăng nhập (hoặc gửi mã truy cập) để dùng chức năng này.", "Sign in (or send an access token) to use this.")),
        StatusCodes.Status400BadRequest => (L.T("Yêu cầu không hợp lệ", "Bad request"),
            L.T("Địa chỉ hoặc biểu mẫu có giá trị không đúng. Hãy tải lại trang rồi thử lại.", "The address or the form holds a wrong value. Reload the page and try again.")),
        StatusCodes.Status403Forbidden => (L.T("Không có quyền", "Not allowed"),
            L.T("Tài khoản của bạn không có quyền làm việc này.", "Your account may not do this.")),
        >= 500 => (L.T("Đã có lỗi", "Something went wrong"),
            L.T("Hệ thống gặp lỗi ngoài dự kiến; những gì đã lưu không bị mất. Hãy thử lại; nếu vẫn lỗi, hãy báo quản trị hệ thống.",
                "The system met an unexpected error; nothing already saved is lost. Try again; if it persists, tell the administrator.")),
        _ => (L.T("Yêu cầu không thực hiện được", "The request could not be done"),
            L.T($"Yêu cầu không thực hiện được (mã {status}).", $"The request could not be done (status {status}).")),
    };
}
