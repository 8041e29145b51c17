using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Formulas;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.EditionEditor;

/// <summary>A rule to check and, when it compiles, try: the criterion's inputs and max points, and sample values by input id.</summary>
public sealed record FormulaCheckRequest(string? Rule, double? MaxPoints, IReadOnlyList<DraftInput>? Inputs, IReadOnlyDictionary<string, string?>? Samples)
{
    /// <summary>The inputs as the engine declares them, or why they cannot be.</summary>
    public static (ImmutableArray<InputDefinition> Inputs, Bilingual? Problem) Declared(FormulaCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (TextLimits.TooLong(request.Rule, FormulaParser.MaxLength, "Công thức", "The rule") is { } tooLong)
        {
            return ([], tooLong);
        }

        if (request.MaxPoints is { } max && (!double.IsFinite(max) || max < 0 || max > 1e9))
        {
            return ([], new Bilingual("Điểm tối đa phải là số từ 0 đến 1.000.000.000.", "Max points must be a number from 0 to 1,000,000,000."));
        }

        var given = request.Inputs ?? [];
        if (given.Count > DraftEditing.Limits.MaxInputs || (request.Samples?.Count ?? 0) > DraftEditing.Limits.MaxInputs)
        {
            return ([], new Bilingual($"Tối đa {DraftEditing.Limits.MaxInputs} đầu vào.", $"At most {DraftEditing.Limits.MaxInputs} inputs."));
        }

        var inputs = ImmutableArray.CreateBuilder<InputDefinition>();
        foreach (var input in given)
        {
            // Checked as an edit checks an input: the same bounds and words.
            var (edit, _, problem) = DraftEdits.From(new DraftEditRequest { Op = "add-input", Code = "x", Input = input });
            if (edit is null)
            {
                return ([], problem);
            }

            var probe = edit(new FrameworkDefinition { Id = "x", Edition = 0, Title = "x", Tree = [new FrameworkNode { Code = "x", Name = "x", Inputs = inputs.ToImmutable() }] });
            if (probe.Framework is not { } added)
            {
                return ([], probe.Refusal);
            }

            inputs.Add(added.Tree[0].Inputs[^1]);
        }

        return (inputs.ToImmutable(), null);
    }
}

/// <summary>A problem of a rule, with its 1-based column and length in the rule's text.</summary>
public sealed record FormulaProblem(int Column, int Length, string Vi, string En);

/// <summary>A sample value that is not a value of its input's type.</summary>
public sealed record SampleValueProblem(string Input, string Vi, string En);

/// <summary>
/// What a rule check answers: <see cref="Ok"/> when it compiles; its problems; the rule in plain words; the raw
/// result and the points for the samples (null when it does not compile; <see cref="Raw"/> null also when missing).
/// </summary>
public sealed record FormulaCheckResponse(
    bool Ok, IReadOnlyList<FormulaProblem> Problems, string? WordsVi, string? WordsEn, IReadOnlyList<SampleValueProblem> SampleProblems,
    double? Raw, double? Points, bool Incomplete, string? PointsShown)
{
    public static FormulaCheckResponse From(string rule, RuleTrialResult trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return new FormulaCheckResponse(
            trial.Diagnostics.IsEmpty,
            [.. trial.Diagnostics.Select(d => new FormulaProblem(d.Column, Math.Min(d.Length, Math.Max(1, rule.Length - d.Column + 1)), d.MessageVi, d.MessageEn))],
            trial.Words?.Vi, trial.Words?.En,
            [.. trial.SampleProblems.Select(p => new SampleValueProblem(p.InputId, p.Problem.Vi, p.Problem.En))],
            trial.Raw is { } raw && double.IsFinite(raw) ? raw : null,
            trial.Points, trial.Incomplete,
            trial.Points is { } points ? L.Number(points) : null);
    }
}
