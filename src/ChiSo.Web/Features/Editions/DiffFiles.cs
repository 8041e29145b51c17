using System.Globalization;
using System.Text;
using ChiSo.Data.Frameworks;
using ChiSo.Files.Results;

namespace ChiSo.Web.Features.Editions;

/// <summary>The diff's downloads: a CSV of text cells (labelled cells by their machine word) and the file names.</summary>
public static class DiffFiles
{
    public static byte[] Csv(ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        text.AppendJoin(',', table.Columns.Select(c => Quote(c.Name))).Append('\n');
        foreach (var row in table.Rows)
        {
            text.AppendJoin(',', row.Select(Cell)).Append('\n');
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Name(FrameworkEdition earlier, FrameworkEdition later, string extension)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return string.Create(CultureInfo.InvariantCulture, $"khac-biet-{earlier.FrameworkId}-{earlier.Edition}-{later.Edition}{extension}");
    }

    // Numbers are written exactly (invariant, shortest round-trip form) and never neutralised: a negative number
    // stays a number. Text cells are quoted and neutralised.
    private static string Cell(object? cell) => cell switch
    {
        LabelledCell l => Quote(l.Machine),
        null => "\"\"",
        string s => Quote(s),
        double or float or decimal or int or long or short or byte => "\"" + ((IFormattable)cell).ToString(null, CultureInfo.InvariantCulture) + "\"",
        var other => Quote(Convert.ToString(other, CultureInfo.InvariantCulture) ?? ""),
    };

    // A cell that starts like a formula is written as text, so a spreadsheet never runs a name from an uploaded file.
    private static string Quote(string cell)
    {
        var safe = cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' ? "'" + cell : cell;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
