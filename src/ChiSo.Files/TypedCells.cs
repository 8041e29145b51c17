using ClosedXML.Excel;

namespace ChiSo.Files;

/// <summary>
/// A cell's typed value, read without trusting the type the file declares: a cell marked as a number, date or
/// yes/no whose stored text is not one (a damaged or hand-made file; found by scripts/fuzz) is read as its text, so a
/// reader reports it like any other wrong value instead of throwing.
/// </summary>
internal readonly record struct TypedCell(XLDataType Kind, double Number, DateTime Date, bool Boolean)
{
    public static TypedCell Of(IXLCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        try
        {
            return cell.DataType switch
            {
                XLDataType.Number => new(XLDataType.Number, cell.GetDouble(), default, false),
                XLDataType.DateTime => new(XLDataType.DateTime, 0, cell.GetDateTime(), false),
                XLDataType.Boolean => new(XLDataType.Boolean, 0, default, cell.GetBoolean()),
                var other => new(other, 0, default, false),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            return new(XLDataType.Text, 0, default, false);
        }
    }
}
