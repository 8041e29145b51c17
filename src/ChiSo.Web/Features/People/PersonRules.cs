using System.Globalization;
using System.Text;
using ChiSo.Data.Accounts;
using ChiSo.Engine;
using ChiSo.Web.Features.Accounts;

namespace ChiSo.Web.Features.People;

/// <summary>
/// What a person's details and memberships must be, the one place both the forms, the API and the sheet check them.
/// Every refusal is a sentence in both languages.
/// </summary>
public static class PersonRules
{
    public const int MaxName = 200;
    public const int MaxEmail = 256;
    public const int MaxPhone = 20;

    public static Bilingual? NameProblem(string name) =>
        name.Length == 0 ? new("Thiếu họ tên.", "The name is missing.")
        : name.Length > MaxName ? new($"Họ tên dài hơn {MaxName} ký tự.", $"The name is longer than {MaxName} characters.")
        : name.Any(char.IsControl) ? new("Họ tên có ký tự điều khiển.", "The name holds control characters.")
        : null;

    /// <summary>A plain address: one @, something before it, a dotted domain after it; ASCII letters, digits and . _ % + - only (what accounts accept).</summary>
    public static Bilingual? EmailProblem(string email)
    {
        if (email.Length == 0)
        {
            return new("Thiếu thư điện tử.", "The e-mail address is missing.");
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        var domain = at > 0 ? email[(at + 1)..] : "";
        var wellFormed = email.Length <= MaxEmail && at > 0 && at == email.LastIndexOf('@') && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal)
            && email.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '@');
        return wellFormed ? null : new($"Thư điện tử \"{Shorten(email)}\" không đúng dạng (ví dụ: ten@donvi.gov.vn).", $"The e-mail address \"{Shorten(email)}\" is malformed (e.g. name@unit.gov.vn).");
    }

    /// <summary>Optional; digits with spaces, dots, dashes, brackets and a leading +, 9 to 15 digits.</summary>
    public static Bilingual? PhoneProblem(string phone)
    {
        if (phone.Length == 0)
        {
            return null;
        }

        var digits = phone.Count(char.IsAsciiDigit);
        var wellFormed = phone.Length <= MaxPhone && digits is >= 9 and <= 15
            && phone.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')' || (c == '+' && i == 0)).All(ok => ok);
        return wellFormed ? null : new($"Số điện thoại \"{Shorten(phone)}\" không đúng dạng (9 đến 15 chữ số, ví dụ 0912 345 678).", $"The phone number \"{Shorten(phone)}\" is malformed (9 to 15 digits, e.g. 0912 345 678).");
    }

    /// <summary>Administrators are system-wide; reporters, heads and leaders belong to a unit; organisers and reviewers may be either.</summary>
    public static Bilingual? ShapeProblem(Role role, bool hasUnit) => (role, hasUnit) switch
    {
        (Role.Administrator, true) => new("Vai trò quản trị hệ thống là của toàn hệ thống: không ghi mã đơn vị.", "The administrator role is system-wide: give no unit code."),
        (Role.UnitReporter or Role.UnitHead or Role.Leader, false) => new($"Vai trò \"{RoleNames.Words(role).Vi}\" cần mã đơn vị.", $"The role \"{RoleNames.Words(role).En}\" needs a unit code."),
        _ => null,
    };

    public static Bilingual MayNotGive(Role role) => new(
        $"Bạn không được giao vai trò \"{RoleNames.Words(role).Vi}\" (chỉ quản trị hệ thống giao vai trò quản trị, tổ chức đánh giá hoặc vai trò toàn hệ thống).",
        $"You may not give the role \"{RoleNames.Words(role).En}\" (only administrators give the administrator and organiser roles and system-wide roles).");

    public static Bilingual OutsideScope(string unitCode) => new(
        $"Đơn vị \"{unitCode}\" nằm ngoài phạm vi bạn quản lý.", $"The unit \"{unitCode}\" is outside the units you manage.");

    public static Bilingual UnknownUnit(string unitCode) => new(
        $"Không có đơn vị mã \"{Shorten(unitCode)}\".", $"There is no unit with the code \"{Shorten(unitCode)}\".");

    public static Bilingual UnknownRole(string role) => new(
        $"Không có vai trò \"{Shorten(role)}\". Hãy chọn một vai trò trong danh sách của tệp mẫu.", $"There is no role \"{Shorten(role)}\". Choose a role from the template's list.");

    public static Bilingual EmailTaken(string email) => new(
        $"Đã có người dùng với thư điện tử {Shorten(email)}.", $"A person with the e-mail address {Shorten(email)} already exists.");

    /// <summary>The role a sheet or a form names: its Vietnamese or English name or its code, case and diacritics ignored.</summary>
    public static Role? ParseRole(string text)
    {
        var folded = Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        foreach (var role in Enum.GetValues<Role>())
        {
            var words = RoleNames.Words(role);
            if (folded == Fold(words.Vi) || folded == Fold(words.En) || folded == Fold(role.ToString()))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>Lower case without diacritics (đ is d), single spaces: "Nguyễn  Văn" and "nguyen van" fold alike.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c);
        }

        return folded.ToString();
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
