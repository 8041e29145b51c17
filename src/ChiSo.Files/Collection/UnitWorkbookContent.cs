using System.Collections.Immutable;
using ChiSo.Engine.Scoring;

namespace ChiSo.Files.Collection;

/// <summary>A stored value as the engine reads it (NaN when missing), with the text of citations and file names.</summary>
/// <param name="Value">The engine value: the number, 1/0 for yes/no, the option index, the date's day number.</param>
/// <param name="Text">The stored text, used for document and file inputs.</param>
public readonly record struct WorkbookValue(double Value, string? Text);

/// <summary>What a unit's workbook holds: whose it is, the framework, and the current self-assessment values.</summary>
/// <param name="CampaignName">The campaign, shown in the title.</param>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="Plan">The framework to lay out.</param>
/// <param name="Values">Current values by (criterion code, input id); missing keys are empty cells.</param>
public sealed record UnitWorkbookContent(
    string CampaignName, string UnitCode, string UnitName, ScoringPlan Plan,
    IReadOnlyDictionary<(string Criterion, string Input), WorkbookValue> Values);

/// <summary>A value read from the workbook: its keys, the cell's text (culture-free) and where it was.</summary>
/// <param name="Criterion">The criterion code from the hidden key column.</param>
/// <param name="Input">The input id from the hidden key column.</param>
/// <param name="Text">The cell as text: numbers invariant (541.46), dates dd/MM/yyyy, empty when blank.</param>
/// <param name="Sheet">The sheet name.</param>
/// <param name="Address">The cell address, e.g. J12.</param>
public sealed record WorkbookCellValue(string Criterion, string Input, string Text, string Sheet, string Address);

/// <summary>A problem of one cell (or of the whole file when <see cref="Address"/> is empty).</summary>
/// <param name="Sheet">The sheet name, empty for a file-level problem.</param>
/// <param name="Address">The cell address, empty for a file-level problem.</param>
/// <param name="Problem">What is wrong and what to do, in Vietnamese and English.</param>
public sealed record WorkbookCellProblem(string Sheet, string Address, Engine.Problem Problem);

/// <summary>Every value and every problem found in an uploaded workbook.</summary>
/// <param name="Values">Values that passed the input's rules (<see cref="InputText"/>), one per input found.</param>
/// <param name="Problems">Every cell that did not, and file-level problems.</param>
public sealed record UnitWorkbookReading(ImmutableArray<WorkbookCellValue> Values, ImmutableArray<WorkbookCellProblem> Problems)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool IsValid => Problems.IsEmpty;
}
