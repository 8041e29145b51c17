using System.Text.Json;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace ChiSo.Web.Features.EditionEditor;

/// <summary>
/// The editor's state and its forms. Every form is a normal POST to this page carrying the draft's hash; the page
/// applies it through <see cref="DraftEditing"/> and redirects on success, or re-renders the current draft with the
/// refusal (400), or with who changed it meanwhile (409), keeping what the person typed in the refused form.
/// </summary>
public partial class EditorPage
{
    [CascadingParameter]
    public HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private DraftEditing Editing { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public int EditionId { get; set; }

    [SupplyParameterFromQuery(Name = "node")]
    public string? Selected { get; set; }

    [SupplyParameterFromQuery(Name = "saved")]
    public bool Saved { get; set; }

    private DraftState? _state;
    private DraftDetails? _details;
    private Bilingual? _refusal;
    private bool _stale;
    private RuleTrialResult? _trial;

    private DraftNodeShown? Node => _details?.Nodes.FirstOrDefault(n => n.Code == Selected);

    private bool Editable => _state?.IsDraft == true && _state.Framework is not null;

    protected override async Task OnInitializedAsync()
    {
        _state = await Editing.LoadAsync(EditionId);
        if (_state is null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Show(_state);
    }

    private void Show(DraftState state)
    {
        _state = state;
        _details = DraftView.Details(state);
    }

    /// <summary>Applies one request built from the posted form; <paramref name="then"/> is the node to show afterwards.</summary>
    private async Task ApplyAsync(DraftEditRequest request, string? then)
    {
        var (edit, what, problem) = DraftEdits.From(request);
        await ApplyAsync(edit, what, problem, then);
    }

    private async Task ApplyAsync(Func<FrameworkDefinition, EditOutcome>? edit, string what, Bilingual? problem, string? then)
    {
        if (edit is null)
        {
            Refuse(problem!.Value, StatusCodes.Status400BadRequest);
            return;
        }

        var result = await Editing.ApplyAsync(EditionId, Field("basedOn"), what, edit, HttpContext.User.Identity?.Name ?? "?");
        if (result.Verdict == EditVerdict.Applied)
        {
            var node = string.IsNullOrEmpty(then) ? "" : $"node={Uri.EscapeDataString(then)}&";
            Navigation.NavigateTo($"/editions/{EditionId}/edit?{node}saved=true#editor");
            return;
        }

        if (result.State is { } current)
        {
            Show(current);
        }

        _stale = result.Verdict == EditVerdict.Stale;
        Refuse(result.Problem ?? new Bilingual("Không tìm thấy ấn bản.", "Edition not found."),
            result.Verdict switch { EditVerdict.Stale or EditVerdict.NotDraft => StatusCodes.Status409Conflict, EditVerdict.NotFound => StatusCodes.Status404NotFound, _ => StatusCodes.Status400BadRequest });
    }

    private void Refuse(Bilingual problem, int status)
    {
        _refusal = problem;
        HttpContext.Response.StatusCode = status;
    }

    private Task SaveNodeAsync()
    {
        var code = Field("code") ?? "";
        var okMax = TryNumber("max", out var max, out var badMax);
        var okWeight = TryNumber("weight", out var weight, out var badWeight);
        if (!okMax || !okWeight)
        {
            return ApplyAsync(null, "", badMax ?? badWeight, code);
        }

        var newCode = Field("newCode")?.Trim() ?? code;
        var rename = DraftEdits.From(new DraftEditRequest { Op = "rename-node", Code = code, NewCode = newCode, Name = Field("name"), NameEn = Field("nameEn") });
        var points = DraftEdits.From(new DraftEditRequest { Op = "set-points", Code = newCode, MaxPoints = max, Cap = Field("cap") == "true", Weight = weight });
        if (rename.Edit is null || points.Edit is null)
        {
            return ApplyAsync(null, "", rename.Problem ?? points.Problem, code);
        }

        return ApplyAsync(f => rename.Edit(f) is { Framework: { } renamed } ? points.Edit(renamed) : rename.Edit(f), $"{rename.What}; {points.What}", null, newCode);
    }

    private Task AddNodeAsync()
    {
        var parent = Field("parent");
        return TryNumber("max", out var max, out var bad)
            ? ApplyAsync(new DraftEditRequest { Op = "add-node", Parent = parent, Code = Field("newCode"), Name = Field("name"), MaxPoints = max }, Field("newCode")?.Trim())
            : ApplyAsync(null, "", bad, parent);
    }

    private Task MoveNodeAsync()
    {
        var code = Field("code") ?? "";
        var siblings = _details?.Nodes.Where(n => n.Parent == Node?.Parent).Select(n => n.Code).ToList() ?? [];
        var at = siblings.IndexOf(code);
        var (parent, position) = Field("action") switch
        {
            "up" => (Node?.Parent, Math.Max(0, at - 1)),
            "down" => (Node?.Parent, at + 1),
            _ => (Field("parent"), int.TryParse(Field("position"), out var p) ? p - 1 : (int?)null),
        };
        return ApplyAsync(new DraftEditRequest { Op = "move-node", Code = code, Parent = parent, Position = position }, code);
    }

    private Task RemoveNodeAsync()
    {
        var code = Field("code") ?? "";
        if (Field("confirm") != "true")
        {
            Refuse(new Bilingual("Hãy đánh dấu ô xác nhận để xoá nút và mọi nút con của nó.", "Tick the confirmation box to remove the node and everything under it."), StatusCodes.Status400BadRequest);
            return Task.CompletedTask;
        }

        return ApplyAsync(new DraftEditRequest { Op = "remove-node", Code = code }, Node?.Parent);
    }

    private Task SaveInputAsync(bool adding)
    {
        var code = Field("code") ?? "";
        var inputId = adding ? null : Field("inputId");
        if (Field("action") == "remove")
        {
            return ApplyAsync(new DraftEditRequest { Op = "remove-input", Code = code, InputId = inputId }, code);
        }

        var okMin = TryNumber("min", out var min, out var badMin);
        var okMax = TryNumber("max", out var max, out var badMax);
        if (!okMin || !okMax)
        {
            return ApplyAsync(null, "", badMin ?? badMax, code);
        }

        var options = (Field("options") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(DraftEditing.Limits.MaxOptions + 1)
            .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries) is [var key, var label] ? new DraftOption(key, label) : new DraftOption(line, line)).ToList();
        var input = new DraftInput(Field("id"), Field("type"), Field("label"), Field("unit"), min, max, options);
        return ApplyAsync(new DraftEditRequest { Op = inputId is null ? "add-input" : "change-input", Code = code, InputId = inputId, Input = input }, code);
    }

    private Task SaveRuleAsync()
    {
        var code = Field("code") ?? "";
        if (Field("action") != "try")
        {
            return ApplyAsync(new DraftEditRequest { Op = "set-rule", Code = code, Rule = Field("rule") }, code);
        }

        // "Thử" without a script: the rule as typed, on the samples as typed; nothing is saved.
        var rule = Field("rule") ?? "";
        if (TextLimits.TooLong(rule, Engine.Formulas.FormulaParser.MaxLength, "Công thức", "The rule") is { } tooLong)
        {
            Refuse(tooLong, StatusCodes.Status400BadRequest);
            return Task.CompletedTask;
        }

        var node = FrameworkTree.Descendants(_state?.Framework?.Tree ?? []).FirstOrDefault(n => n.Code == code);
        if (node is not null && node.IsLeaf)
        {
            var inputs = node.Inputs.IsDefault ? [] : node.Inputs;
            var samples = inputs.ToDictionary(i => i.Id, i => Field("sample-" + i.Id) is { Length: <= TextLimits.Value } v ? v : null, StringComparer.Ordinal);
            _trial = RuleTrial.Try(rule, inputs, FrameworkTree.MaxOf(node), samples);
        }

        return Task.CompletedTask;
    }

    private bool TryNumber(string name, out double? value, out Bilingual? problem)
    {
        var text = Field(name)?.Trim() ?? "";
        value = null;
        problem = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (text.Length <= 30 && InputText.TryNumber(text, out var number))
        {
            value = number;
            return true;
        }

        problem = new Bilingual($"'{(text.Length > 30 ? text[..30] + "…" : text)}' không phải là số; hãy viết ví dụ 12,5.", $"'{(text.Length > 30 ? text[..30] + "…" : text)}' is not a number; write e.g. 12.5.");
        return false;
    }

    private bool Posted(string form) =>
        HttpMethods.IsPost(HttpContext.Request.Method) && HttpContext.Request.HasFormContentType && HttpContext.Request.Form["_handler"] == form;

    /// <summary>What the person typed in <paramref name="field"/> when <paramref name="form"/> was posted and refused; else the stored value.</summary>
    private string? Value(string form, string field, string? stored) => Posted(form) ? Field(field) : stored;

    private string? Field(string name) =>
        HttpContext.Request.HasFormContentType && HttpContext.Request.Form.TryGetValue(name, out var value) ? value.ToString() : null;

    private static string Num(double? value) => value is { } v ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "";

    private static string Options(DraftInputShown input) => string.Join("\n", input.Options.Select(o => $"{o.Key} = {o.Label}"));

    private static string InputsJson(DraftNodeShown node) => JsonSerializer.Serialize(node.Inputs, JsonSerializerOptions.Web);

    private IEnumerable<DraftProblem> ProblemsOf(string? code) => _details?.Problems.Where(p => p.Node == code) ?? [];

    /// <summary>The codes a node may move under: every node but itself and those inside it.</summary>
    private IEnumerable<DraftNodeShown> Targets(DraftNodeShown node)
    {
        var inside = new HashSet<string>(StringComparer.Ordinal) { node.Code };
        foreach (var candidate in _details?.Nodes ?? [])
        {
            if (candidate.Parent is { } parent && inside.Contains(parent))
            {
                inside.Add(candidate.Code);
            }
            else if (!inside.Contains(candidate.Code) && candidate.Inputs.Count == 0 && candidate.Rule is null)
            {
                yield return candidate;
            }
        }
    }

    /// <summary>The rule shown checked: the trial of a posted "Thử", else the stored rule checked without samples.</summary>
    private RuleTrialResult? RuleResult(DraftNodeShown shown)
    {
        if (_trial is not null)
        {
            return _trial;
        }

        var node = FrameworkTree.Descendants(_state?.Framework?.Tree ?? []).FirstOrDefault(n => n.Code == shown.Code);
        var rule = Value("rule", "rule", node?.Score);
        return node is null || string.IsNullOrWhiteSpace(rule) || rule.Length > Engine.Formulas.FormulaParser.MaxLength ? null
            : RuleTrial.Try(rule, node.Inputs.IsDefault ? [] : node.Inputs, FrameworkTree.MaxOf(node), new Dictionary<string, string?>());
    }

    private string TrialText()
    {
        if (_trial is not { Points: { } points } trial)
        {
            return "";
        }

        var shown = L.T($"Điểm: {L.Number(points)}", $"Points: {L.Number(points)}");
        return trial.Incomplete ? shown + " — " + L.T("thiếu dữ liệu: 0 điểm, chưa đủ", "missing data: 0 points, incomplete") : shown;
    }

    internal static readonly string[] InputTypes = ["number", "percentage", "integer", "yes_no", "choice", "date", "document", "file"];

    internal static string TypeName(string word) => word switch
    {
        "number" => L.T("Số", "Number"),
        "percentage" => L.T("Phần trăm", "Percentage"),
        "integer" => L.T("Số nguyên", "Whole number"),
        "yes_no" => L.T("Có/Không", "Yes/No"),
        "choice" => L.T("Lựa chọn", "Choice"),
        "date" => L.T("Ngày", "Date"),
        "document" => L.T("Văn bản (số hiệu, ngày…)", "Document (number, date…)"),
        "file" => L.T("Tệp", "File"),
        _ => word,
    };
}
