using System.Globalization;
using System.Text;
using ChiSo.Files.Csv;

namespace ChiSo.Files.Tests.Csv;

public class CsvChunksTests
{
    [Fact]
    public void ReadFile_SemicolonsWithDecimalCommas_SecondHalfUsesTheHeadersDelimiter()
    {
        // A Vietnamese spreadsheet export: ";" between fields, "," inside names and numbers. Data rows hold more
        // commas than semicolons, so a delimiter guessed from a data row (the second half's first) would be ",".
        var text = new StringBuilder("uCode;uName;x\n");
        for (var i = 0; i < 400; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"P{i:D4};Phường {i}, Quận 1, TP HCM;{i},5\n");
        }

        var path = Path.Combine(Path.GetTempPath(), $"chunks-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        try
        {
            var halves = CsvChunks.ReadFile(path, "t.csv", parallelThreshold: 0);

            Assert.Equal(400, halves.Table!.RowCount);
            Assert.Equal("P0399", halves.Table.Find("uCode")!.TextAt(399));
            Assert.Equal("Phường 399, Quận 1, TP HCM", halves.Table.Find("uName")!.TextAt(399));
            Assert.Equal("399,5", halves.Table.Find("x")!.TextAt(399));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_InTwoHalves_GivesTheSameTableAsOneReader()
    {
        // Quoted fields with commas, quotes and a line break sit around the middle, where the file is split.
        var text = new StringBuilder("\uFEFFuCode,uName,x,y\n");
        for (var i = 0; i < 400; i++)
        {
            var name = i % 7 == 0 ? $"\"Xã \"\"{i}\"\", huyện\nA\"" : $"Xã {i}";
            text.Append(CultureInfo.InvariantCulture, $"{i:D5},{name},{i * 0.25},{(i % 5 == 0 ? "có" : "")}\n");
        }

        var path = Path.Combine(Path.GetTempPath(), $"chunks-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        try
        {
            var halves = CsvChunks.ReadFile(path, "t.csv", parallelThreshold: 0);
            using var reader = new StreamReader(path);
            var whole = CsvTableReader.Read(reader, "t.csv");

            Assert.Empty(halves.Problems);
            var (a, b) = (halves.Table!, whole.Table!);
            Assert.Equal(400, a.RowCount);
            for (var c = 0; c < b.Columns.Length; c++)
            {
                for (var r = 0; r < b.RowCount; r++)
                {
                    Assert.Equal(b.Columns[c].TextAt(r), a.Columns[c].TextAt(r));
                }
            }

            Assert.Equal("00399", a.Find("uCode")!.TextAt(399));
            Assert.Equal(99.75, a.Find("x")!.Numbers[399]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_InTwoHalves_KeepsFileLinesForMessages()
    {
        var text = new StringBuilder("uCode,x\n");
        for (var i = 0; i < 100; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"U{i},{i}\n");
        }

        var path = Path.Combine(Path.GetTempPath(), $"chunks-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text.ToString());
        try
        {
            var table = CsvChunks.ReadFile(path, "t.csv", parallelThreshold: 0).Table!;

            Assert.Equal(Enumerable.Range(2, 100), table.RowLines);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
