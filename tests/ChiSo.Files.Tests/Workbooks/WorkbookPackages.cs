using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;

namespace ChiSo.Files.Tests.Workbooks;

/// <summary>Hostile and damaged .xlsx packages, built part by part the way an attacker would.</summary>
internal static class WorkbookPackages
{
    /// <summary>A real, small workbook written by ClosedXML.</summary>
    public static byte[] Valid()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Dữ liệu");
        sheet.Cell(1, 1).Value = "Mã";
        sheet.Cell(2, 1).Value = "HN";
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>A valid workbook with one part replaced (or added) by <paramref name="content"/>, or removed when it is null.</summary>
    public static byte[] WithPart(string name, string? content)
    {
        var output = new MemoryStream();
        output.Write(Valid());
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            if (content is not null)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return output.ToArray();
    }

    /// <summary>A package whose sheet is written by <paramref name="rows"/>, streamed so the test itself stays small.</summary>
    public static byte[] WithSheet(Action<TextWriter> rows)
    {
        var output = new MemoryStream();
        output.Write(Valid());
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            rows(writer);
            writer.Write("</sheetData></worksheet>");
        }

        return output.ToArray();
    }

    /// <summary>A ZIP with one part of <paramref name="bytes"/> zeros: a few hundred KB that unpack to megabytes.</summary>
    public static byte[] WithZeros(long bytes)
    {
        var output = new MemoryStream();
        output.Write(Valid());
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var part = zip.CreateEntry("xl/media/image1.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < bytes; written += zeros.Length)
            {
                part.Write(zeros, 0, (int)Math.Min(zeros.Length, bytes - written));
            }
        }

        return output.ToArray();
    }
}
