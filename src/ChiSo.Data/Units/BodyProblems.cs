using ChiSo.Engine;

namespace ChiSo.Data.Units;

/// <summary>Why a body's row is refused, in plain words.</summary>
internal static class BodyProblems
{
    public static Bilingual Missing(string vi, string en) => new($"Thiếu {vi}.", $"The {en} is missing.");

    public static Bilingual TooLong(string vi, string en, int max) => new($"{vi} dài quá {max} ký tự.", $"The {en} is longer than {max} characters.");

    public static Bilingual BadCode(string code) => new(
        $"Mã \"{code}\" chỉ được gồm chữ không dấu, chữ số và các dấu . - _ (ví dụ 46.S08).",
        $"Code \"{code}\" may hold only letters without diacritics, digits and . - _ (e.g. 46.S08).");

    public static Bilingual BadDate(string vi, string en, string text) => new(
        $"{vi} \"{text}\" không phải một ngày theo dạng dd/MM/yyyy (ví dụ 01/07/2025).",
        $"The {en} \"{text}\" is not a date written dd/MM/yyyy (e.g. 01/07/2025).");

    public static Bilingual EndBeforeStart(DateOnly from, DateOnly to) => new(
        $"Ngày hết hiệu lực {BodyDates.Show(to)} trước ngày bắt đầu {BodyDates.Show(from)}.",
        $"The end date {BodyDates.Show(to)} is before the start date {BodyDates.Show(from)}.");

    public static Bilingual Duplicate(string code, int firstLine) => new(
        $"Mã {code} trùng với dòng {firstLine}. Mỗi mã chỉ ghi một lần.", $"Code {code} repeats line {firstLine}. Write each code once.");

    public static Bilingual Registry(string code, string name) => new(
        $"Mã {code} là mã của {name} trong danh mục đơn vị hành chính. Hãy dùng mã khác.",
        $"Code {code} belongs to {name} in the administrative registry. Use another code.");

    public static Bilingual OtherProvince(string code, string name) => new(
        $"Mã {code} đã dùng cho {name}, không thuộc tỉnh, thành phố bạn được quản lý.",
        $"Code {code} is already used by {name}, outside the provinces you manage.");

    public static Bilingual Exists(string code, string name) => new(
        $"Mã {code} đã có ({name}). Hãy sửa đơn vị đó thay vì thêm mới.", $"Code {code} already exists ({name}). Edit that unit instead of adding it.");

    public static Bilingual UnknownParent(string code) => new(
        $"Không có đơn vị cấp trên mã {code}, trong danh mục cũng như trong tệp.", $"There is no parent unit with code {code}, in the registry or in the file.");

    public static Bilingual ParentNotValid(string code, DateOnly on) => new(
        $"Đơn vị cấp trên {code} không còn hoặc chưa có hiệu lực vào ngày {BodyDates.Show(on)}.",
        $"Parent unit {code} is not valid on {BodyDates.Show(on)}.");

    public static Bilingual ParentLevel(string code, string name) => new(
        $"Đơn vị cấp trên {code} ({name}) không phải tỉnh, thành phố hay một cơ quan của tỉnh.",
        $"Parent unit {code} ({name}) is neither a province nor one of a province's bodies.");

    public static Bilingual ParentOutsideScope(string code) => new(
        $"Đơn vị cấp trên {code} không thuộc tỉnh, thành phố bạn được quản lý.", $"Parent unit {code} is outside the provinces you manage.");

    public static Bilingual ParentRowRefused(string code, int line) => new(
        $"Đơn vị cấp trên {code} (dòng {line}) có lỗi.", $"Parent unit {code} (line {line}) has errors.");

    public static Bilingual ParentIsSelf(string code) => new(
        $"Đơn vị {code} không thể là cấp trên của chính nó.", $"Unit {code} cannot be its own parent.");

    public static Bilingual ParentCycle(string code) => new(
        $"Các đơn vị cấp trên của {code} vòng lại chính nó.", $"The parents of {code} lead back to it.");

    public static Bilingual UnknownGroup(string group) => new(
        $"Không có nhóm so sánh \"{group}\". Hãy tạo nhóm trước, hoặc sửa tên nhóm.", $"There is no comparison group \"{group}\". Create it first, or correct its name.");
}
