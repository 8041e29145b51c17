using System.Globalization;
using System.Text;
using ChiSo.Files.Csv;

namespace ChiSo.Files.Tests.Csv;

/// <summary>The byte-level path for quote-free files must read every cell as the general (Sylvan) reader does.</summary>
public class CsvPlainRowsTests
{
    // Cells that take each branch of the classification: plain numbers, numbers only .NET reads, codes with
    // leading zeros, NA and blanks, text with diacritics, and strings a number parser stops inside of.
    private static readonly string[] Cells =
    [
        "56.54005613512531", "-0.5", ".25", "1e5", "-1.5E-7", "0", "06", "00004", "+3", " 4 ", "NA", "", " ",
        "Phường 3", "1.5e", "0x1", "-", "Infinity", "1,5", "12345678901234567890123", "1e400", "0.1000000000000000055511151231257827",
    ];

    [Theory]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    [InlineData("\n", false)]
    public void ReadFile_QuoteFreeFileInChunks_GivesTheSameTableAsOneReader(string newline, bool finalNewline)
    {
        // About 1 MB, so that it is read in several chunks on several threads.
        var text = new StringBuilder($"uCode,uName,a,b,c{newline}");
        for (var i = 0; i < 20_000; i++)
        {
            var extra = i % 11 == 0 ? ",x,y" : "";
            var row = i % 13 == 0
                ? $"U{i},Xã {i}"
                : $"U{i},Xã {i},{Cells[i % Cells.Length]},{Cells[(i * 7) % Cells.Length]},{i * 0.001}{extra}";
            text.Append(row).Append(i < 19_999 || finalNewline ? newline : "");
        }

        AssertSameAsOneReader(text.ToString(), 20_000);
    }

    [Theory]
    [InlineData("\n\n")]
    [InlineData("\r")]
    [InlineData(",\"q, r\"\n")]
    public void ReadFile_WhatOnlyTheGeneralReaderReads_IsLeftToIt(string odd)
    {
        // An empty line, a lone carriage return or a quote somewhere in the middle: the same table as one reader.
        var text = new StringBuilder("uCode,x\n");
        for (var i = 0; i < 40_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"U{i},{i * 0.5}").Append(i == 20_000 ? odd : "\n");
        }

        AssertSameAsOneReader(text.ToString(), null);
    }

    private static void AssertSameAsOneReader(string text, int? rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plain-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        try
        {
            var chunks = CsvChunks.ReadFile(path, "t.csv", parallelThreshold: 0);
            using var reader = new StreamReader(path);
            var whole = CsvTableReader.Read(reader, "t.csv");

            Assert.Equal(whole.Problems.ToArray(), chunks.Problems.ToArray());
            var (a, b) = (chunks.Table!, whole.Table!);
            if (rows is { } count)
            {
                Assert.Equal(count, a.RowCount);
            }

            Assert.Equal(b.RowLines.ToArray(), a.RowLines.ToArray());
            Assert.Equal(b.Columns.Select(c => (c.Name, c.SourceColumn)), a.Columns.Select(c => (c.Name, c.SourceColumn)));
            for (var c = 0; c < b.Columns.Length; c++)
            {
                for (var r = 0; r < b.RowCount; r++)
                {
                    Assert.Equal(b.Columns[c].KindAt(r), a.Columns[c].KindAt(r));
                    Assert.Equal(b.Columns[c].TextAt(r), a.Columns[c].TextAt(r));
                    Assert.Equal(BitConverter.DoubleToInt64Bits(b.Columns[c].Numbers[r]), BitConverter.DoubleToInt64Bits(a.Columns[c].Numbers[r]));
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
