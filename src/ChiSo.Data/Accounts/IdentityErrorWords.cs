using ChiSo.Engine;

namespace ChiSo.Data.Accounts;

/// <summary>Identity's refusals of a new account or password in plain words, for the web app and the CLI alike.</summary>
public static class IdentityErrorWords
{
    /// <summary>The sentence for <paramref name="code"/>, or null for a code not listed (the caller has its own general sentence).</summary>
    public static Bilingual? Of(string code) => code switch
    {
        "PasswordTooShort" => ($"Mật khẩu phải có ít nhất {IdentityRules.MinPasswordLength} ký tự.", $"The password must have at least {IdentityRules.MinPasswordLength} characters."),
        "PasswordRequiresDigit" => ("Mật khẩu phải có ít nhất một chữ số (0–9).", "The password must contain a digit (0–9)."),
        "PasswordRequiresLower" => ("Mật khẩu phải có ít nhất một chữ thường (a–z).", "The password must contain a lower-case letter (a–z)."),
        "PasswordRequiresUpper" => ("Mật khẩu phải có ít nhất một chữ hoa (A–Z).", "The password must contain an upper-case letter (A–Z)."),
        "PasswordRequiresNonAlphanumeric" => ("Mật khẩu phải có ít nhất một ký tự đặc biệt, ví dụ - ! @ #.", "The password must contain a symbol, e.g. - ! @ #."),
        "PasswordRequiresUniqueChars" => ("Mật khẩu cần nhiều ký tự khác nhau hơn.", "The password needs more distinct characters."),
        PublishedPasswordValidator.ErrorCode => ("Mật khẩu này được công bố cho các tài khoản chạy thử: hãy chọn mật khẩu khác.", "This password is published for the demo accounts: choose another one."),
        "InvalidEmail" or "InvalidUserName" => ("Thư điện tử không hợp lệ.", "The e-mail address is not valid."),
        "DuplicateEmail" or "DuplicateUserName" => ("Đã có tài khoản với thư điện tử này.", "An account with this e-mail address exists."),
        _ => null,
    };
}
