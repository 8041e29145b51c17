namespace ChiSo.Web.Features.Workbooks;

/// <summary>One value the upload would change, with its cell as Excel writes it ('Nhập liệu'!D12).</summary>
public sealed record WorkbookChangeView(string Criterion, string CriterionName, string Input, string InputLabel, string Cell, string Old, string New);

/// <summary>One cell that cannot be read (<see cref="Cell"/> is the sheet alone for a whole-file problem), in both languages.</summary>
public sealed record WorkbookErrorView(string Cell, string Message, string Vi, string En);

/// <summary>
/// What applying the upload would do. <see cref="Token"/> stands for exactly this preview: applying it after any of
/// these values changed is refused with 409.
/// </summary>
public sealed record WorkbookPreviewView(string Token, string FileName, bool CanApply, IReadOnlyList<WorkbookChangeView> Changes, IReadOnlyList<WorkbookErrorView> Errors)
{
    public static WorkbookPreviewView From(string token, string fileName, WorkbookPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return new(
            token, fileName, preview.CanApply,
            [.. preview.Changes.Select(c => new WorkbookChangeView(c.Criterion, c.CriterionName, c.Input, c.InputLabel, Reference(c.Sheet, c.Address), c.Old, c.New))],
            [.. preview.Errors.Select(e => new WorkbookErrorView(Reference(e.Sheet, e.Address), e.Message, e.Vi, e.En))]);
    }

    /// <summary>The cell as Excel's formula bar names it: the sheet quoted when its name is not a plain word.</summary>
    public static string Reference(string sheet, string address)
    {
        var name = sheet.All(char.IsLetterOrDigit) ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
        return string.IsNullOrEmpty(address) ? name : name + "!" + address;
    }
}

public sealed record WorkbookAppliedView(int Saved);
