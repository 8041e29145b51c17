using ChiSo.Engine;
using ChiSo.Engine.Formulas;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Yaml;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.EditionEditor;

/// <summary>An option of a choice input, as a client sends it.</summary>
public sealed record DraftOption(string? Key, string? Label);

/// <summary>An input as a client sends it; <see cref="Type"/> is a word of the file format (number, yes_no, choice…).</summary>
public sealed record DraftInput(string? Id, string? Type, string? Label, string? Unit, double? Min, double? Max, IReadOnlyList<DraftOption>? Options);

/// <summary>
/// One edit of a draft, from the editor's forms or the API. <see cref="Op"/> names the operation: add-node,
/// remove-node, move-node, rename-node, set-points, add-input, change-input, remove-input, set-rule. The fields an
/// operation does not use are ignored.
/// </summary>
public sealed record DraftEditRequest
{
    public string? Op { get; init; }

    /// <summary>The hash of the draft the edit is based on (or the If-Match header).</summary>
    public string? BasedOn { get; init; }

    public string? Code { get; init; }

    /// <summary>The parent of a node added or moved; empty for the roots.</summary>
    public string? Parent { get; init; }

    /// <summary>The place among the siblings, 0 first; empty for last.</summary>
    public int? Position { get; init; }

    public string? NewCode { get; init; }

    public string? Name { get; init; }

    public string? NameEn { get; init; }

    public double? MaxPoints { get; init; }

    public bool Cap { get; init; }

    public double? Weight { get; init; }

    public string? InputId { get; init; }

    public DraftInput? Input { get; init; }

    public string? Rule { get; init; }
}

/// <summary>Turns a request into an operation of <see cref="FrameworkEdits"/>, after bounding every text it carries.</summary>
public static class DraftEdits
{
    public const int CodeLength = 50;
    public const int NameLength = 500;
    public const int LabelLength = 300;
    public const int UnitLength = 50;

    public static readonly string[] Operations =
        ["add-node", "remove-node", "move-node", "rename-node", "set-points", "add-input", "change-input", "remove-input", "set-rule"];

    /// <summary>The edit and its description for the audit log, or why the request cannot be an edit.</summary>
    public static (Func<FrameworkDefinition, EditOutcome>? Edit, string What, Bilingual? Problem) From(DraftEditRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Bounds(request) is { } tooLong)
        {
            return (null, "", tooLong);
        }

        var code = request.Code?.Trim() ?? "";
        var parent = string.IsNullOrWhiteSpace(request.Parent) ? null : request.Parent.Trim();
        var limits = DraftEditing.Limits;
        switch (request.Op)
        {
            case "add-node":
                var node = new FrameworkNode { Code = code, Name = request.Name?.Trim() ?? "", NameEn = Blank(request.NameEn), MaxPoints = request.MaxPoints };
                return (f => FrameworkEdits.AddNode(f, parent, node, request.Position, limits), $"add-node {code} under {parent ?? "(root)"}", null);
            case "remove-node":
                return (f => FrameworkEdits.RemoveNode(f, code), $"remove-node {code}", null);
            case "move-node":
                return (f => FrameworkEdits.MoveNode(f, code, parent, request.Position, limits), $"move-node {code} under {parent ?? "(root)"} at {request.Position}", null);
            case "rename-node":
                var newCode = request.NewCode?.Trim() ?? code;
                return (f => FrameworkEdits.RenameNode(f, code, newCode, request.Name?.Trim() ?? "", Blank(request.NameEn)), $"rename-node {code} to {newCode}", null);
            case "set-points":
                return (f => FrameworkEdits.SetPoints(f, code, request.MaxPoints, request.Cap, request.Weight ?? 1), $"set-points {code}", null);
            case "add-input" or "change-input":
                var (input, problem) = InputOf(request.Input);
                if (input is null)
                {
                    return (null, "", problem);
                }

                var inputId = request.InputId?.Trim() ?? "";
                return request.Op == "add-input"
                    ? (f => FrameworkEdits.AddInput(f, code, input, limits), $"add-input {code}.{input.Id}", null)
                    : (f => FrameworkEdits.ChangeInput(f, code, inputId, input, limits), $"change-input {code}.{inputId}", null);
            case "remove-input":
                var removed = request.InputId?.Trim() ?? "";
                return (f => FrameworkEdits.RemoveInput(f, code, removed), $"remove-input {code}.{removed}", null);
            case "set-rule":
                return (f => FrameworkEdits.SetRule(f, code, request.Rule), $"set-rule {code}", null);
            default:
                return (null, "", new Bilingual(
                    $"Thao tác phải là một trong: {string.Join(", ", Operations)}.", $"The operation must be one of: {string.Join(", ", Operations)}."));
        }
    }

    private static (InputDefinition? Input, Bilingual? Problem) InputOf(DraftInput? input)
    {
        if (input is null || !FrameworkYaml.TryInputType(input.Type?.Trim(), out var type))
        {
            return (null, new Bilingual(
                "Hãy chọn loại đầu vào: number, percentage, integer, yes_no, choice, date, document hoặc file.",
                "Choose the input's type: number, percentage, integer, yes_no, choice, date, document or file."));
        }

        if ((input.Min is { } min && !double.IsFinite(min)) || (input.Max is { } max && !double.IsFinite(max)))
        {
            return (null, new Bilingual("Giá trị nhỏ nhất và lớn nhất phải là số.", "The lowest and highest values must be numbers."));
        }

        var options = (input.Options ?? []).Take(DraftEditing.Limits.MaxOptions + 1)
            .Select(o => new ChoiceOption(o.Key?.Trim() ?? "", string.IsNullOrWhiteSpace(o.Label) ? o.Key?.Trim() ?? "" : o.Label.Trim()));
        return (new InputDefinition
        {
            Id = input.Id?.Trim() ?? "",
            Type = type,
            Label = Blank(input.Label),
            Unit = Blank(input.Unit),
            Min = input.Min,
            Max = input.Max,
            Options = type == InputType.Choice ? [.. options] : [],
        }, null);
    }

    private static Bilingual? Bounds(DraftEditRequest r) =>
        TextLimits.TooLong(r.Code, CodeLength, "Mã nút", "The node's code")
        ?? TextLimits.TooLong(r.NewCode, CodeLength, "Mã mới", "The new code")
        ?? TextLimits.TooLong(r.Parent, CodeLength, "Mã nút cha", "The parent's code")
        ?? TextLimits.TooLong(r.Name, NameLength, "Tên nút", "The node's name")
        ?? TextLimits.TooLong(r.NameEn, NameLength, "Tên tiếng Anh", "The English name")
        ?? TextLimits.TooLong(r.InputId, CodeLength, "Id đầu vào", "The input id")
        ?? TextLimits.TooLong(r.Rule, FormulaParser.MaxLength, "Công thức", "The rule")
        ?? TextLimits.TooLong(r.Input?.Id, CodeLength, "Id đầu vào", "The input id")
        ?? TextLimits.TooLong(r.Input?.Label, LabelLength, "Nhãn đầu vào", "The input's label")
        ?? TextLimits.TooLong(r.Input?.Unit, UnitLength, "Đơn vị tính", "The unit")
        ?? (r.Input?.Options?.Count > DraftEditing.Limits.MaxOptions
            ? (Bilingual?)new Bilingual($"Tối đa {DraftEditing.Limits.MaxOptions} lựa chọn.", $"At most {DraftEditing.Limits.MaxOptions} options.")
            : null)
        ?? (r.Input?.Options ?? []).Select(o => TextLimits.TooLong(o.Key, CodeLength, "Khóa lựa chọn", "An option key") ?? TextLimits.TooLong(o.Label, LabelLength, "Nhãn lựa chọn", "An option label"))
            .FirstOrDefault(p => p is not null)
        ?? (r.Position is < 0 or > 100_000 ? (Bilingual?)new Bilingual("Vị trí không hợp lệ.", "The position is not valid.") : null)
        ?? (r.MaxPoints is { } m && (!double.IsFinite(m) || m > 1e9) ? (Bilingual?)new Bilingual("Điểm tối đa phải là số từ 0 đến 1.000.000.000.", "Max points must be a number from 0 to 1,000,000,000.") : null);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
