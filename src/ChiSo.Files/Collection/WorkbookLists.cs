using ChiSo.Engine.Frameworks;
using ClosedXML.Excel;

namespace ChiSo.Files.Collection;

/// <summary>The drop-down lists of a workbook, one column each on a hidden sheet, shared by inputs with the same options.</summary>
internal sealed class WorkbookLists(IXLWorksheet sheet)
{
    private readonly Dictionary<string, IXLRange> _ranges = new(StringComparer.Ordinal);

    public IXLWorksheet Sheet { get; } = sheet;

    public IXLRange YesNo() => Range([UnitWorkbookCells.Yes, UnitWorkbookCells.No]);

    public IXLRange Options(InputDefinition input) => Range([.. input.Options.Select(o => o.Label)]);

    private IXLRange Range(string[] items)
    {
        var key = string.Join('\n', items);
        if (!_ranges.TryGetValue(key, out var range))
        {
            var column = _ranges.Count + 1;
            for (var i = 0; i < items.Length; i++)
            {
                Sheet.Cell(i + 1, column).SetValue(items[i]);
                Sheet.Cell(i + 1, column).DataType = XLDataType.Text;
            }

            range = Sheet.Range(1, column, Math.Max(1, items.Length), column);
            _ranges[key] = range;
        }

        return range;
    }
}
