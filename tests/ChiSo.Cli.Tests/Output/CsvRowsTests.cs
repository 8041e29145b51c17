using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ChiSo.Cli.Output;
using ChiSo.Files.Results;

namespace ChiSo.Cli.Tests.Output;

/// <summary>
/// Results kept as columns (<see cref="ColumnRows"/>) are written from their arrays; the file must be the one
/// written from boxed rows, cell for cell: .NET's shortest text for numbers, nothing for NaN and unranked, quotes
/// where text needs them, rows in the given order, on one core or several.
/// </summary>
public class CsvRowsTests
{
    [Theory]
    [InlineData(7)]
    [InlineData(5_003)]
    public void ColumnRows_WriteTheSameFileAsBoxedRows_AndAsDotNetFormats(int units)
    {
        var random = new Random(units);
        var codes = new string[units];
        var names = new string[units];
        var scores = new double[units];
        var small = new double[units];
        var ranks = new int[units];
        double[] specials = [double.NaN, -0.0, 0.0, 1E20, -1E-7, 123456789012345680, 0.0001, 1E15, double.Epsilon, 47.5, -3];
        for (var u = 0; u < units; u++)
        {
            codes[u] = $"U{u:D6}";
            names[u] = u % 3 == 0 ? $"Đơn vị \"{u}\", tỉnh" : $"Unit {u}";
            scores[u] = u < specials.Length ? specials[u] : random.NextDouble() * 100;
            small[u] = random.NextDouble() / 1000;
            ranks[u] = u % 5 == 0 ? 0 : u;
        }

        var order = Enumerable.Range(0, units).Reverse().ToArray();
        ImmutableArray<ResultColumn> columns =
        [
            new("uCode", "Mã", ColumnKind.Text), new("uName", "Đơn vị", ColumnKind.Text),
            new("Index", "Index", ColumnKind.Number), new("Small", "Small", ColumnKind.Number),
            new("Index.rank", "Hạng", ColumnKind.Rank),
        ];
        var columnar = new ResultTable("t", columns, new ColumnRows(order, [codes, names, scores, small, ranks]));
        var boxed = new ResultTable("t", columns, [.. order.Select(u => new object?[] { codes[u], names[u], scores[u], small[u], ranks[u] })]);

        var expected = new StringBuilder("uCode,uName,Index,Small,Index.rank\n");
        foreach (var u in order)
        {
            expected.Append(codes[u]).Append(',')
                .Append(u % 3 == 0 ? "\"" + names[u].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : names[u]).Append(',')
                .Append(double.IsNaN(scores[u]) ? "" : scores[u].ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(small[u].ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(ranks[u] == 0 ? "" : ranks[u].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        Assert.Equal(expected.ToString(), Written(columnar));
        Assert.Equal(expected.ToString(), Written(boxed));
        Assert.Equal(boxed.Rows[1], columnar.Rows[1]);
    }

    [Fact]
    public void ColumnRows_RefuseAColumnOfAnotherType() =>
        Assert.Throws<ArgumentException>(() => new ColumnRows([0], [new long[] { 1 }]));

    private static string Written(ResultTable table)
    {
        using var stream = new MemoryStream();
        CsvRows.Write(table, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
