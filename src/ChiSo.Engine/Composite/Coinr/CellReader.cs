using System.Globalization;
using ChiSo.Engine.Tables;

namespace ChiSo.Engine.Composite.Coinr;

/// <summary>Typed access to the cells of a raw table that adds a problem for every cell that does not fit.</summary>
internal sealed class CellReader(RawTable table, List<Problem> problems)
{
    public SourceSpan At(int row, RawColumn column) => new(table.RowLines[row], column.SourceColumn);

    public string? RequiredText(int row, string name)
    {
        var column = table.Find(name)!;
        var text = column.TextAt(row);
        if (text is null)
        {
            problems.Add(TableProblems.EmptyCell(table.File, At(row, column), name));
        }

        return text;
    }

    public string? OptionalText(int row, string name) => table.Find(name)?.TextAt(row);

    public double Number(int row, string name, bool required)
    {
        var column = table.Find(name)!;
        switch (column.KindAt(row))
        {
            case CellKind.Number:
                return column.Numbers[row];
            case CellKind.Text:
                problems.Add(TableProblems.NotANumber(table.File, At(row, column), name, column.Texts![row]!));
                return double.NaN;
            case CellKind.Empty:
                if (required)
                {
                    problems.Add(TableProblems.EmptyCell(table.File, At(row, column), name));
                }

                return double.NaN;
        }

        return double.NaN;
    }

    public double? OptionalNumber(int row, string name)
    {
        var column = table.Find(name);
        if (column is null)
        {
            return null;
        }

        var value = Number(row, name, required: false);
        return double.IsNaN(value) ? null : value;
    }

    public NodeType? Type(int row)
    {
        var column = table.Find("Type")!;
        var text = column.TextAt(row);
        if (text is not null && Enum.TryParse<NodeType>(text, ignoreCase: true, out var type) && Enum.IsDefined(type)
            && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return type;
        }

        problems.Add(Problem.Error("CO010", table.File, At(row, column),
            $"Loại '{text}' không hợp lệ; cột Type chỉ nhận Indicator, Aggregate, Group hoặc Denominator.",
            $"Type '{text}' is not valid; the Type column accepts Indicator, Aggregate, Group or Denominator."));
        return null;
    }
}
