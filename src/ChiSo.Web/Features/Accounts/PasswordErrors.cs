using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Accounts;

/// <summary>
/// Identity's password errors in the user's language. Pages get the error codes (never the password) in the address
/// after a refused change, so only codes travel; unknown codes fall back to a general sentence.
/// </summary>
public static class PasswordErrors
{
    public const string Mismatch = "Confirmation";

    public static string Text(string code) => code switch
    {
        _ when Data.Accounts.IdentityErrorWords.Of(code) is { } words => L.T(words.Vi, words.En),
        "PasswordMismatch" => L.T("Mật khẩu hiện tại không đúng.", "The current password is wrong."),
        Mismatch => L.T("Hai lần nhập mật khẩu mới không giống nhau.", "The two new passwords differ."),
        _ => L.T("Không đổi được mật khẩu. Hãy thử một mật khẩu khác.", "The password could not be changed. Try another one."),
    };

    /// <summary>The codes as they travel in a query string: letters only, comma-separated.</summary>
    public static string Join(IEnumerable<string> codes) => string.Join(',', codes.Select(c => new string([.. c.Where(char.IsAsciiLetter)])).Distinct());

    public static IReadOnlyList<string> Texts(string? joined) =>
        [.. (joined ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Take(10).Select(Text).Distinct()];
}
