using System.Globalization;
using ChiSo.Engine;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Objections;

/// <summary>
/// Points as the ministry writes them in its round results: up to the framework's decimals, without trailing zeros
/// (7,5 / 58,84 / 109,34 / 0), a missing figure as a dash; ranks as whole numbers, none as a dash.
/// </summary>
public static class RoundFormat
{
    public static string Points(double? value, int decimals, Language language) =>
        value is not { } v || double.IsNaN(v) ? "–"
            : v.ToString(decimals <= 0 ? "#,##0" : "#,##0." + new string('#', decimals), PeopleFormat.Numbers(language));

    /// <summary>In the reader's language.</summary>
    public static string Points(double? value, int decimals) => Points(value, decimals, L.IsEnglish ? Language.En : Language.Vi);

    public static string Rank(int? rank) => rank is > 0 ? rank.Value.ToString(CultureInfo.InvariantCulture) : "–";
}
