using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// Vietnamese first, English when the user chooses it (a cookie). The cultures are built by hand so that numbers
/// read 541,46 and dates 23/11/2026 on every machine, whatever its ICU data says.
/// </summary>
public static class Localization
{
    public static CultureInfo Vietnamese { get; } = Build("vi-VN", Engine.Language.Vi);

    public static CultureInfo English { get; } = Build("en", Engine.Language.En);

    public static IApplicationBuilder UseChiSoLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = [Vietnamese, English];
            options.SupportedUICultures = [Vietnamese, English];
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

    private static CultureInfo Build(string name, Engine.Language language)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        culture.NumberFormat = (NumberFormatInfo)Engine.PeopleFormat.Numbers(language).Clone();
        culture.DateTimeFormat.ShortDatePattern = "dd/MM/yyyy";
        culture.DateTimeFormat.DateSeparator = "/";
        return CultureInfo.ReadOnly(culture);
    }
}

/// <summary>Texts in the user's language: every UI string is written in Vietnamese and English side by side.</summary>
public static class L
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string vietnamese, string english) => IsEnglish ? english : vietnamese;

    public static string Number(double value, int decimals = 2) =>
        Engine.PeopleFormat.Number(value, decimals, IsEnglish ? Engine.Language.En : Engine.Language.Vi);

    /// <summary>A percentage, kept on one line with its sign: 53,1 %.</summary>
    public static string Percent(double value, int decimals = 1) => Number(value, decimals) + "\u00A0%";

    public static string Date(DateOnly date) => Engine.PeopleFormat.Date(date);

    /// <summary>
    /// A moment stored in UTC, shown in Vietnam's time (UTC+7 all year, no daylight saving): a reporter in Huế who
    /// uploads at 10:00 reads 10:00, not 03:00.
    /// </summary>
    public static string Date(DateTime utc) => Data.VietnamTime.FromUtc(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static CultureInfo Culture => IsEnglish ? Localization.English : Localization.Vietnamese;
}
