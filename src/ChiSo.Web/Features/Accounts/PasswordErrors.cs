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
        "PasswordTooShort" => L.T($"Mật khẩu phải có ít nhất {RequiredLength} ký tự.", $"The password must have at least {RequiredLength} characters."),
        "PasswordRequiresDigit" => L.T("Mật khẩu phải có ít nhất một chữ số (0–9).", "The password must contain a digit (0–9)."),
        "PasswordRequiresLower" => L.T("Mật khẩu phải có ít nhất một chữ thường (a–z).", "The password must contain a lower-case letter (a–z)."),
        "PasswordRequiresUpper" => L.T("Mật khẩu phải có ít nhất một chữ hoa (A–Z).", "The password must contain an upper-case letter (A–Z)."),
        "PasswordRequiresNonAlphanumeric" => L.T("Mật khẩu phải có ít nhất một ký tự đặc biệt, ví dụ - ! @ #.", "The password must contain a symbol, e.g. - ! @ #."),
        "PasswordRequiresUniqueChars" => L.T("Mật khẩu cần nhiều ký tự khác nhau hơn.", "The password needs more distinct characters."),
        "PasswordMismatch" => L.T("Mật khẩu hiện tại không đúng.", "The current password is wrong."),
        Data.Accounts.PublishedPasswordValidator.ErrorCode => L.T("Mật khẩu này được công bố cho các tài khoản chạy thử: hãy chọn mật khẩu khác.", "This password is published for the demo accounts: choose another one."),
        Mismatch => L.T("Hai lần nhập mật khẩu mới không giống nhau.", "The two new passwords differ."),
        _ => L.T("Không đổi được mật khẩu. Hãy thử một mật khẩu khác.", "The password could not be changed. Try another one."),
    };

    /// <summary>The codes as they travel in a query string: letters only, comma-separated.</summary>
    public static string Join(IEnumerable<string> codes) => string.Join(',', codes.Select(c => new string([.. c.Where(char.IsAsciiLetter)])).Distinct());

    public static IReadOnlyList<string> Texts(string? joined) =>
        [.. (joined ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Take(10).Select(Text).Distinct()];

    private static int RequiredLength => AccountRules.MinPasswordLength;
}
