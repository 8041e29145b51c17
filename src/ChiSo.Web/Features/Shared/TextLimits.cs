using ChiSo.Engine;
using System.Globalization;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// How long a text a user sends may be, checked on the server: a page's maxlength is only advice. A 5 MB value saved
/// into a document input once broke every workbook download (an Excel cell holds at most 32,767 characters).
/// </summary>
public static class TextLimits
{
    /// <summary>One input's value as the form sends it; a document's parts (number, date, summary, signer) together.</summary>
    public const int Value = 2_000;

    /// <summary>The name of an agency (a criterion's lead agency).</summary>
    public const int Agency = 300;

    /// <summary>A reason (removing evidence, granting an extension, returning a submission); also a list of agencies.</summary>
    public const int Reason = 1_000;

    /// <summary>The refusal of <paramref name="text"/> when it is longer than <paramref name="max"/> characters, or null.</summary>
    public static Bilingual? TooLong(string? text, int max, string whatVi, string whatEn)
    {
        var length = text?.Trim().Length ?? 0;
        return length <= max ? null : (
            string.Create(CultureInfo.InvariantCulture, $"{whatVi} quá dài: {length.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} ký tự, tối đa {max.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))}. Hãy rút gọn."),
            string.Create(CultureInfo.InvariantCulture, $"{whatEn} is too long: {length:N0} characters, at most {max:N0}. Shorten it."));
    }
}
