using ChiSo.Engine;
using ChiSo.Files.Frameworks;
using ClosedXML.Excel;

namespace ChiSo.Files;

/// <summary>Opens a workbook from user input, turning an unreadable file into a problem.</summary>
internal static class WorkbookFile
{
    public static XLWorkbook? Open(Stream input, string fileName, List<Problem> problems)
    {
        try
        {
            return new XLWorkbook(input);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidOperationException)
        {
            // ClosedXML and the OpenXML SDK throw several unrelated types for a file that is not a valid .xlsx.
            problems.Add(WorkbookProblems.Unreadable(fileName, e.GetType().Name));
            return null;
        }
    }
}
