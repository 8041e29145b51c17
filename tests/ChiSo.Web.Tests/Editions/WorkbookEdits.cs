using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ChiSo.Web.Tests.Editions;

/// <summary>Edits a written workbook's XML the way a person typing in Excel would: one number cell becomes text.</summary>
internal static partial class WorkbookEdits
{
    /// <summary>The first number cell holding <paramref name="number"/> in any sheet becomes the text <paramref name="text"/>.</summary>
    public static byte[] NumberToText(byte[] package, string number, string text)
    {
        using var buffer = new MemoryStream();
        buffer.Write(package);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList())
            {
                string xml;
                using (var reader = new StreamReader(entry.Open()))
                {
                    xml = reader.ReadToEnd();
                }

                var cell = NumberCell().Matches(xml).FirstOrDefault(m => m.Groups[4].Value == number);
                if (cell is null)
                {
                    continue;
                }

                var x = cell.Groups[1].Value;
                var edited = xml[..cell.Index] + $"<{x}c r=\"{cell.Groups[2].Value}\"{cell.Groups[3].Value} t=\"inlineStr\"><{x}is><{x}t>{text}</{x}t></{x}is></{x}c>" + xml[(cell.Index + cell.Length)..];
                entry.Delete();
                using (var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open()))
                {
                    writer.Write(edited);
                }

                break;
            }
        }

        return buffer.ToArray();
    }

    [GeneratedRegex("<(x:)?c r=\"([A-Z]+[0-9]+)\"((?: s=\"[0-9]+\")?)(?: t=\"n\")?><(?:x:)?v>([^<]*)</(?:x:)?v></(?:x:)?c>")]
    private static partial Regex NumberCell();
}
