namespace ChiSo.Cli.Output;

/// <summary>
/// The rows of a results table kept as its columns (text, numbers, ranks), in a given order of units. Writers that
/// know it (<see cref="CsvRows"/>) read the cells straight from the arrays, with nothing boxed; the others read
/// rows, each made when it is read.
/// </summary>
internal sealed class ColumnRows : IReadOnlyList<object?[]>
{
    /// <param name="order">The unit shown in each row.</param>
    /// <param name="columns">One array per column, indexed by unit: <c>string[]</c>, <c>double[]</c> or <c>int[]</c>.</param>
    public ColumnRows(int[] order, IReadOnlyList<Array> columns)
    {
        Order = order;
        Columns = [.. columns];
        foreach (var column in Columns)
        {
            if (column is not (string[] or double[] or int[]))
            {
                throw new ArgumentException($"A column of {column.GetType().Name} is not text, numbers or ranks.", nameof(columns));
            }
        }
    }

    public int[] Order { get; }

    public Array[] Columns { get; }

    public int Count => Order.Length;

    public object?[] this[int index]
    {
        get
        {
            var unit = Order[index];
            var row = new object?[Columns.Length];
            for (var i = 0; i < Columns.Length; i++)
            {
                row[i] = Columns[i] switch
                {
                    string[] text => text[unit],
                    double[] numbers => numbers[unit],
                    int[] ranks => ranks[unit],
                    _ => null,
                };
            }

            return row;
        }
    }

    public IEnumerator<object?[]> GetEnumerator()
    {
        for (var i = 0; i < Order.Length; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
