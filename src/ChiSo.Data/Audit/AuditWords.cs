using System.Collections.Frozen;
using ChiSo.Engine;

namespace ChiSo.Data.Audit;

/// <summary>
/// The audit actions in plain words, for people (the audit page, its CSV, <c>chiso audit verify</c>). Actions are the
/// codes the code writes (<c>new AuditEntry(…)</c>); a generic code (<c>create</c>, <c>publish</c>…) reads by its
/// entity type. An action not listed is shown as its code, never hidden.
/// </summary>
public static class AuditWords
{
    private static readonly FrozenDictionary<string, Bilingual> ByAction = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        // Values, evidence and submissions.
        ["value.saved"] = new("Lưu giá trị tự đánh giá", "Saved a self-assessment value"),
        ["workbook-import"] = new("Nhập giá trị từ tệp Excel", "Imported values from an Excel workbook"),
        ["evidence.added"] = new("Thêm minh chứng", "Added evidence"),
        ["evidence.removed"] = new("Gỡ minh chứng", "Removed evidence"),
        ["submission.submitted"] = new("Thủ trưởng ký gửi hồ sơ", "The head signed and sent the submission"),
        ["submission.returned"] = new("Trả lại hồ sơ để đơn vị sửa", "Returned the submission for correction"),

        // Review, rounds, objections (ADR 0024).
        ["points.reviewed"] = new("Thẩm định điểm một tiêu chí", "Reviewed a criterion's points"),
        ["points.accepted"] = new("Chấp nhận điểm tự đánh giá", "Accepted the self-assessed points"),
        ["snapshot.created"] = new("Chốt và lưu kết quả tính điểm", "Computed and stored a result snapshot"),
        ["objection.filed"] = new("Gửi ý kiến phản hồi về một tiêu chí", "Filed an objection on a criterion"),
        ["objection.answered"] = new("Trả lời ý kiến phản hồi", "Answered an objection"),
        ["round.confirmed"] = new("Đơn vị xác nhận kết quả vòng 1", "The unit confirmed its round-1 result"),
        ["round.objected"] = new("Đơn vị gửi văn bản góp ý kết quả vòng 1", "The unit sent its objection letter"),

        // Campaign set-up and progress.
        ["add-units"] = new("Thêm đơn vị vào kỳ đánh giá", "Added units to the campaign"),
        ["remove-unit"] = new("Bỏ một đơn vị khỏi kỳ đánh giá", "Removed a unit from the campaign"),
        ["rename"] = new("Đổi tên kỳ đánh giá", "Renamed the campaign"),
        ["schedule"] = new("Đặt lịch các giai đoạn", "Set the schedule"),
        ["assign"] = new("Phân công tiêu chí cho cơ quan", "Assigned criteria to agencies"),
        ["import-assignments"] = new("Nhập bảng phân công tiêu chí", "Imported the criterion assignments"),
        ["Remind"] = new("Gửi nhắc nhở các đơn vị", "Sent reminders to units"),
        ["grant"] = new("Gia hạn thời hạn cho một đơn vị", "Extended a unit's deadline"),
        ["stage"] = new("Chuyển giai đoạn thẩm định", "Moved the review stage"),

        // Frameworks.
        ["edit-draft"] = new("Sửa bản nháp bộ chỉ số", "Edited a framework draft"),

        // Units and groups.
        ["unit.created"] = new("Thêm đơn vị", "Added a unit"),
        ["unit.updated"] = new("Sửa thông tin đơn vị", "Changed a unit"),
        ["unit.ended"] = new("Cho đơn vị ngừng hoạt động (sáp nhập, giải thể)", "Ended a unit (merged or dissolved)"),
        ["units.sheet-applied"] = new("Cập nhật đơn vị từ tệp danh sách", "Updated units from a sheet"),
        ["unit-group.created"] = new("Tạo nhóm so sánh", "Created a comparison group"),
        ["unit-group.renamed"] = new("Đổi tên nhóm so sánh", "Renamed a comparison group"),
        ["unit-group.members-set"] = new("Đặt các đơn vị của nhóm so sánh", "Set a comparison group's units"),

        // People and access.
        ["memberships"] = new("Thay đổi vai trò và đơn vị của một người", "Changed a person's roles and units"),
        ["invite"] = new("Gửi thư mời đặt mật khẩu", "Sent an invitation"),
        ["new-link"] = new("Xin đường dẫn đặt mật khẩu mới", "Asked for a new set-password link"),
        ["set-password-with-link"] = new("Đặt mật khẩu bằng đường dẫn", "Set a password with a link"),
        ["reset-password"] = new("Đặt lại mật khẩu của một người", "Reset a person's password"),
        ["change-password"] = new("Đổi mật khẩu của mình", "Changed their own password"),
        ["unlock"] = new("Mở khoá, kích hoạt lại tài khoản", "Unlocked or reactivated an account"),
        ["deactivate"] = new("Vô hiệu hóa tài khoản", "Deactivated an account"),
        ["sign-out-everywhere"] = new("Đăng xuất khỏi mọi thiết bị", "Signed out everywhere"),
        ["revoke-api-tokens"] = new("Thu hồi mọi mã truy cập API của một người", "Revoked all of a person's API tokens"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Bilingual> ByEntityAndAction = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["User/create"] = new("Tạo tài khoản", "Created an account"),
        ["ApiToken/create"] = new("Tạo mã truy cập API", "Created an API token"),
        ["ApiToken/revoke"] = new("Thu hồi mã truy cập API", "Revoked an API token"),
        ["Campaign/create"] = new("Tạo kỳ đánh giá", "Created a campaign"),
        ["Campaign/status"] = new("Đổi trạng thái kỳ đánh giá", "Changed the campaign's status"),
        ["Campaign/delete"] = new("Xoá kỳ đánh giá", "Deleted the campaign"),
        ["FrameworkEdition/create"] = new("Tạo phiên bản bộ chỉ số", "Created a framework edition"),
        ["FrameworkEdition/publish"] = new("Công bố phiên bản bộ chỉ số", "Published a framework edition"),
        ["DeadlineExtension/grant"] = new("Gia hạn thời hạn cho một đơn vị", "Extended a unit's deadline"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Bilingual> Entities = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["User"] = new("Tài khoản", "Account"),
        ["ApiToken"] = new("Mã truy cập API", "API token"),
        ["Unit"] = new("Đơn vị", "Unit"),
        ["UnitGroup"] = new("Nhóm so sánh", "Comparison group"),
        ["Campaign"] = new("Kỳ đánh giá", "Campaign"),
        ["FrameworkEdition"] = new("Bộ chỉ số", "Framework edition"),
        ["DeadlineExtension"] = new("Gia hạn", "Extension"),
        ["Submission"] = new("Hồ sơ", "Submission"),
        ["Evidence"] = new("Minh chứng", "Evidence"),
        ["InputValue"] = new("Giá trị", "Value"),
        ["CriterionScore"] = new("Điểm tiêu chí", "Criterion points"),
        ["Objection"] = new("Ý kiến phản hồi", "Objection"),
        ["RoundResponse"] = new("Văn bản xác nhận / góp ý", "Confirmation / objection letter"),
        ["ResultSnapshot"] = new("Kết quả đã chốt", "Result snapshot"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The action codes that have words, for a filter's choices (by their Vietnamese words).</summary>
    public static IReadOnlyList<string> KnownActions { get; } = [.. ByAction.Keys.Concat(ByEntityAndAction.Keys.Select(k => k[(k.IndexOf('/', StringComparison.Ordinal) + 1)..])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>What was done, as a short sentence; the code itself when it has no words yet.</summary>
    public static Bilingual Describe(string action, string? entityType)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (entityType is not null && ByEntityAndAction.TryGetValue(entityType + "/" + action, out var specific))
        {
            return specific;
        }

        if (ByAction.TryGetValue(action, out var words))
        {
            return words;
        }

        if (entityType is null)
        {
            return Bilingual.Same(action);
        }

        var thing = Entity(entityType);
        return new Bilingual($"{thing.Vi}: {action}", $"{thing.En}: {action}");
    }

    /// <summary>An action code as a filter's choice: its words, or for a generic code each entity's words joined.</summary>
    public static Bilingual ForFilter(string action)
    {
        if (ByAction.TryGetValue(action, out var words))
        {
            return words;
        }

        var specific = ByEntityAndAction.Where(p => p.Key.EndsWith("/" + action, StringComparison.Ordinal)).Select(p => p.Value).Distinct().ToList();
        return specific.Count == 0
            ? Bilingual.Same(action)
            : new Bilingual(string.Join(" / ", specific.Select(w => w.Vi)), string.Join(" / ", specific.Select(w => w.En)));
    }

    /// <summary>What the event is about, in words (<c>Hồ sơ</c>, <c>Tài khoản</c>…); the type's name when it has none.</summary>
    public static Bilingual Entity(string entityType) =>
        Entities.TryGetValue(entityType, out var words) ? words : Bilingual.Same(entityType);
}
