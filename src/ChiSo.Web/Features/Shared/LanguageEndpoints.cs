using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace ChiSo.Web.Features.Shared;

public static class LanguageEndpoints
{
    public static void MapLanguageEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/language/{code}", ChooseLanguage).AllowAnonymous();

    /// <summary>Stores the chosen language in a cookie for a year and goes back to the page the user was on.</summary>
    private static RedirectHttpResult ChooseLanguage(string code, string? back, HttpContext http)
    {
        var culture = code == "en" ? Localization.English : Localization.Vietnamese;
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = http.Request.IsHttps });
        return TypedResults.LocalRedirect(LocalUrl.OrHome(back));
    }
}
