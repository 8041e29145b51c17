using System.Globalization;
using ChiSo.Engine.Frameworks;
using ClosedXML.Excel;

namespace ChiSo.Files.Collection;

/// <summary>One value cell: written typed (numbers as numbers, dates as dates), checked by Excel, read back as culture-free text.</summary>
internal static class UnitWorkbookCells
{
    public const string Yes = "có";
    public const string No = "không";

    public static void Write(IXLCell cell, InputDefinition input, WorkbookValue value)
    {
        var missing = double.IsNaN(value.Value);
        switch (input.Type)
        {
            case InputType.Number or InputType.Percentage or InputType.Integer when !missing:
                cell.SetValue(value.Value);
                cell.Style.NumberFormat.Format = input.Type == InputType.Integer ? "0" : "0.####";
                break;
            case InputType.YesNo when !missing:
                Frameworks.CellValues.SetText(cell, value.Value == 1 ? Yes : No);
                break;
            case InputType.Choice when !missing && value.Value >= 0 && value.Value < input.Options.Length:
                Frameworks.CellValues.SetText(cell, input.Options[(int)value.Value].Label);
                break;
            case InputType.Date when !missing:
                cell.SetValue(DateOnly.FromDayNumber((int)value.Value).ToDateTime(TimeOnly.MinValue));
                break;
            case InputType.Document or InputType.File:
                Frameworks.CellValues.SetText(cell, value.Text);
                break;
        }

        if (input.Type == InputType.Date)
        {
            cell.Style.NumberFormat.Format = WorkbookLayout.DateFormat;
        }
        else if (input.Type is InputType.Document or InputType.File or InputType.YesNo or InputType.Choice)
        {
            // Text format stops Excel from turning "1.10" or "12/3" into a number or a date.
            cell.Style.NumberFormat.Format = "@";
        }
    }

    public static void Validate(IXLCell cell, InputDefinition input, WorkbookLists lists)
    {
        switch (input.Type)
        {
            case InputType.YesNo:
                List(cell, lists.YesNo());
                break;
            case InputType.Choice:
                List(cell, lists.Options(input));
                break;
            case InputType.Number or InputType.Percentage or InputType.Integer:
                Numbers(cell, input);
                break;
        }
    }

    /// <summary>The cell as text the engine's <see cref="Engine.Scoring.InputText"/> reads, whatever the machine's culture.</summary>
    public static string Read(IXLCell cell, InputDefinition input)
    {
        if (cell.IsEmpty())
        {
            return "";
        }

        var typed = TypedCell.Of(cell);
        switch (typed.Kind)
        {
            case XLDataType.Number:
                var number = typed.Number;

                // Typing "45%" makes Excel store 0.45 with a percent format; the framework means 45.
                if (input.Type == InputType.Percentage && cell.Style.NumberFormat.Format.Contains('%', StringComparison.Ordinal))
                {
                    number *= 100;
                }

                return number.ToString("R", CultureInfo.InvariantCulture);
            case XLDataType.DateTime:
                return typed.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            case XLDataType.Boolean:
                return typed.Boolean ? Yes : No;
            default:
                return cell.GetString().Trim();
        }
    }

    private static void List(IXLCell cell, IXLRange range)
    {
        var validation = cell.DataValidation;
        validation.List(range, true);
        validation.IgnoreBlanks = true;
        validation.ErrorTitle = "Giá trị không hợp lệ";
        validation.ErrorMessage = "Hãy chọn một mục trong danh sách.";
    }

    private static void Numbers(IXLCell cell, InputDefinition input)
    {
        var min = input.Min ?? (input.Type == InputType.Percentage ? 0 : double.MinValue);
        var max = input.Max ?? (input.Type == InputType.Percentage ? 100 : double.MaxValue);
        var validation = cell.DataValidation;
        if (input.Type == InputType.Integer)
        {
            validation.WholeNumber.Between((int)Math.Max(min, int.MinValue), (int)Math.Min(max, int.MaxValue));
        }
        else
        {
            validation.Decimal.Between(min, max);
        }

        validation.IgnoreBlanks = true;
        validation.ErrorTitle = "Giá trị không hợp lệ";
        validation.ErrorMessage = string.Create(CultureInfo.InvariantCulture,
            $"Hãy nhập {(input.Type == InputType.Integer ? "số nguyên" : "số")}{Range(input.Min, input.Max)}.");
    }

    private static string Range(double? min, double? max) => (min, max) switch
    {
        (null, null) => "",
        ({ } a, null) => " từ " + Show(a) + " trở lên",
        (null, { } b) => " không lớn hơn " + Show(b),
        ({ } a, { } b) => " từ " + Show(a) + " đến " + Show(b),
    };

    private static string Show(double value) => value.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ',');
}
