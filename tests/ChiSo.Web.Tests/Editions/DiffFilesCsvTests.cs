using System.Text;
using ChiSo.Files.Results;
using ChiSo.Web.Features.Editions;

namespace ChiSo.Web.Tests.Editions;

public class DiffFilesCsvTests
{
    [Fact]
    public void Csv_NegativeNumberAndFormulaText_NumberKeptTextNeutralised()
    {
        var table = new ResultTable("t",
            [new("a", "A", ColumnKind.Text), new("b", "B", ColumnKind.Number), new("c", "C", ColumnKind.Rank)],
            [["=HYPERLINK(\"x\")", -2.5, 3], ["-1", 0.1, -7]]);

        var text = Encoding.UTF8.GetString(DiffFiles.Csv(table)).TrimStart('\uFEFF');

        Assert.Equal("\"a\",\"b\",\"c\"\n\"'=HYPERLINK(\"\"x\"\")\",\"-2.5\",\"3\"\n\"'-1\",\"0.1\",\"-7\"\n", text);
    }
}
