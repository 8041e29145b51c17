using ChiSo.Engine;
using ChiSo.Files.Frameworks;
using ClosedXML.Excel;

namespace ChiSo.Files;

/// <summary>
/// Opens a workbook from user input, turning an unreadable or oversized file into a problem. Every workbook ChiSo
/// reads passes here, so every reader gets <see cref="WorkbookGuard"/>'s checks before ClosedXML parses anything.
/// </summary>
internal static class WorkbookFile
{
    public static XLWorkbook? Open(Stream input, string fileName, List<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var package = Buffer(input);
        if (package is null)
        {
            problems.Add(TooLargeFile(fileName));
            return null;
        }

        if (WorkbookGuard.Check(package, fileName) is { } refusal)
        {
            problems.Add(refusal);
            return null;
        }

        package.Position = 0;
        try
        {
            return new XLWorkbook(package);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // ClosedXML and the OpenXML SDK throw many unrelated types for a file that is not a valid .xlsx (scripts/fuzz
            // found one more each time a list of them was written: a bad colour in a drawing throws from a colour
            // parser). The guard has already refused the dangerous files; whatever is left is a damaged workbook.
            problems.Add(WorkbookProblems.Unreadable(fileName, e.GetType().Name));
            return null;
        }
    }

    /// <summary>Opens the workbook at <paramref name="path"/>; a missing or locked file is a problem too.</summary>
    public static XLWorkbook? Open(string path, List<Problem> problems)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var file = File.OpenRead(path);
            return Open(file, name, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(WorkbookProblems.Unreadable(name, e.Message));
            return null;
        }
    }

    /// <summary>The input as a seekable stream of at most <see cref="WorkbookLimits.MaxFileBytes"/>, or null when it is larger.</summary>
    private static MemoryStream? Buffer(Stream input)
    {
        if (input.CanSeek && input.Length - input.Position > WorkbookLimits.MaxFileBytes)
        {
            return null;
        }

        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            if (copy.Length + read > WorkbookLimits.MaxFileBytes)
            {
                copy.Dispose();
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    private static Problem TooLargeFile(string fileName) => Problem.Error(
        WorkbookGuard.Code, fileName, SourceSpan.None,
        $"ChiSo không mở tệp Excel này. Tệp lớn hơn {WorkbookLimits.MaxFileBytes / (1024 * 1024)} MB.",
        $"ChiSo does not open this Excel file. It is larger than {WorkbookLimits.MaxFileBytes / (1024 * 1024)} MB.");
}
