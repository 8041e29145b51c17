using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ChiSo.Engine;
using ChiSo.Files.Csv;
using ClosedXML.Excel;

namespace ChiSo.Files.People;

/// <summary>
/// One person as the sheet gives them, every cell trimmed; <c>Problems</c> are the cells that could not be read.
/// <c>Line</c> is the row (Excel) or line (CSV) number, for messages.
/// </summary>
public sealed record PersonSheetRow(int Line, string Name, string Email, string Phone, string UnitCode, string Role, ImmutableArray<Bilingual> Problems);

/// <summary>What was read: the rows, and the problems of the file as a whole (when there is one, there are no rows).</summary>
public sealed record PeopleSheetRead(ImmutableArray<PersonSheetRow> Rows, ImmutableArray<Problem> Problems)
{
    public bool Refused => Problems.Any(p => p.Severity == Severity.Error);
}

/// <summary>
/// Reads a sheet of people to invite (Excel .xlsx or CSV): a header row with the columns "Họ tên", "Thư điện tử",
/// "Số điện thoại", "Mã đơn vị", "Vai trò" (English titles too, any order; the phone column may be left out), then
/// one person a row. The file is bounded before it is parsed: an .xlsx passes <see cref="WorkbookGuard"/>, a CSV
/// <see cref="MaxCsvBytes"/>; more than <see cref="MaxRows"/> people refuse the whole file. A cell with a formula or
/// longer than <see cref="MaxCellLength"/> makes its row bad (formulas are never evaluated). Checking the rows against
/// the database (units, roles, existing people) is the caller's job.
/// </summary>
public static class PeopleSheet
{
    public const int MaxRows = 10_000;

    public const int MaxCellLength = 256;

    public const long MaxCsvBytes = 4 * 1024 * 1024;

    public const string NameTitle = "Họ tên";
    public const string EmailTitle = "Thư điện tử";
    public const string PhoneTitle = "Số điện thoại";
    public const string UnitTitle = "Mã đơn vị";
    public const string RoleTitle = "Vai trò";

    /// <summary>The columns in the template's order, each with the other titles it is known by.</summary>
    internal static readonly ImmutableArray<(string Title, string[] Aliases)> Columns =
    [
        (NameTitle, ["ho ten", "ho va ten", "name", "full name"]),
        (EmailTitle, ["thu dien tu", "email", "e-mail"]),
        (PhoneTitle, ["so dien thoai", "dien thoai", "phone"]),
        (UnitTitle, ["ma don vi", "unit code", "unit"]),
        (RoleTitle, ["vai tro", "role"]),
    ];

    /// <summary>Reads <paramref name="input"/>, an .xlsx (told by its content, a ZIP) or else CSV text in UTF-8.</summary>
    public static PeopleSheetRead Read(Stream input, string fileName)
    {
        ArgumentNullException.ThrowIfNull(input);
        var head = new byte[4];
        var buffered = new MemoryStream();
        if (!Copy(input, buffered, WorkbookLimits.MaxFileBytes))
        {
            return Refuse(fileName, $"Tệp lớn hơn {WorkbookLimits.MaxFileBytes / (1024 * 1024)} MB.", $"The file is larger than {WorkbookLimits.MaxFileBytes / (1024 * 1024)} MB.");
        }

        buffered.Position = 0;
        var isXlsx = buffered.Read(head) == 4 && head.AsSpan().SequenceEqual("PK\u0003\u0004"u8);
        buffered.Position = 0;
        return isXlsx ? ReadXlsx(buffered, fileName) : ReadCsv(buffered, fileName);
    }

    private static PeopleSheetRead ReadXlsx(Stream package, string fileName)
    {
        var problems = new List<Problem>();
        using var workbook = WorkbookFile.Open(package, fileName, problems);
        if (workbook is null)
        {
            return new PeopleSheetRead([], [.. problems]);
        }

        var sheet = workbook.Worksheets.First();
        var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
        var lastColumn = Math.Min(sheet.LastColumnUsed()?.ColumnNumber() ?? 0, 50);
        var header = Enumerable.Range(1, lastColumn).Select(c => Text(sheet.Cell(1, c)).Text).ToList();
        if (ColumnsOf(header, fileName) is not { } columns)
        {
            return MissingColumns(header, fileName);
        }

        if (last - 1 > MaxRows)
        {
            return TooManyRows(fileName, last - 1);
        }

        var rows = ImmutableArray.CreateBuilder<PersonSheetRow>();
        for (var r = 2; r <= last; r++)
        {
            var cells = new string[columns.Length];
            var rowProblems = new List<Bilingual>();
            for (var k = 0; k < columns.Length; k++)
            {
                if (columns[k] == 0)
                {
                    cells[k] = "";
                    continue;
                }

                var (text, problem) = Text(sheet.Cell(r, columns[k]));
                cells[k] = text;
                if (problem is { } p)
                {
                    rowProblems.Add(p);
                }
            }

            Add(rows, r, cells, rowProblems);
        }

        return new PeopleSheetRead(rows.ToImmutable(), []);
    }

    private static PeopleSheetRead ReadCsv(Stream text, string fileName)
    {
        if (text.Length > MaxCsvBytes)
        {
            return Refuse(fileName, $"Tệp CSV lớn hơn {MaxCsvBytes / (1024 * 1024)} MB.", $"The CSV file is larger than {MaxCsvBytes / (1024 * 1024)} MB.");
        }

        using var reader = new StreamReader(text, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        var (header, records, problems) = CsvRecords.Read(reader, fileName);
        if (problems.Length > 0)
        {
            return new PeopleSheetRead([], problems);
        }

        if (ColumnsOf(header, fileName) is not { } columns)
        {
            return MissingColumns(header, fileName);
        }

        if (records.Length > MaxRows)
        {
            return TooManyRows(fileName, records.Length);
        }

        var rows = ImmutableArray.CreateBuilder<PersonSheetRow>(records.Length);
        foreach (var record in records)
        {
            var cells = new string[columns.Length];
            var rowProblems = new List<Bilingual>();
            for (var k = 0; k < columns.Length; k++)
            {
                var raw = record.Field(columns[k] - 1).Normalize(NormalizationForm.FormC);
                cells[k] = Bounded(raw, rowProblems);
            }

            Add(rows, record.Line, cells, rowProblems);
        }

        return new PeopleSheetRead(rows.ToImmutable(), []);
    }

    private static void Add(ImmutableArray<PersonSheetRow>.Builder rows, int line, string[] cells, List<Bilingual> problems)
    {
        if (cells.All(c => c.Length == 0) && problems.Count == 0)
        {
            return;
        }

        rows.Add(new PersonSheetRow(line, cells[0], cells[1], cells[2], cells[3], cells[4], [.. problems]));
    }

    /// <summary>The 1-based column of each of <see cref="Columns"/> (0 for a missing phone column), or null when a required one is missing.</summary>
    private static int[]? ColumnsOf(IReadOnlyList<string> header, string fileName)
    {
        _ = fileName;
        var folded = header.Select(Fold).ToList();
        var found = new int[Columns.Length];
        for (var k = 0; k < Columns.Length; k++)
        {
            var names = Columns[k].Aliases.Append(Fold(Columns[k].Title)).ToHashSet(StringComparer.Ordinal);
            found[k] = folded.FindIndex(names.Contains) + 1;
            if (found[k] == 0 && Columns[k].Title != PhoneTitle)
            {
                return null;
            }
        }

        return found;
    }

    private static (string Text, Bilingual? Problem) Text(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            var at = cell.Address.ToString();
            return ("", new Bilingual($"Ô {at} chứa công thức; ChiSo không tính công thức. Hãy dán giá trị thay cho công thức.",
                $"Cell {at} holds a formula; ChiSo does not evaluate formulas. Paste the value instead."));
        }

        var problems = new List<Bilingual>();
        var text = Bounded(CellText.Shown(cell).Replace("\r", "", StringComparison.Ordinal).Normalize(NormalizationForm.FormC), problems);
        return (text, problems.Count > 0 ? problems[0] : null);
    }

    private static string Bounded(string raw, List<Bilingual> problems)
    {
        if (raw.Length > MaxCellLength)
        {
            problems.Add(new Bilingual($"Một ô dài {N(raw.Length)} ký tự, quá giới hạn {N(MaxCellLength)}.",
                $"A cell is {E(raw.Length)} characters long, over the limit of {E(MaxCellLength)}."));
            return "";
        }

        return raw.Trim();
    }

    /// <summary>Lower case, without diacritics (đ is d), single spaces: how titles are compared.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool Copy(Stream input, MemoryStream output, long limit)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            if (output.Length + read > limit)
            {
                return false;
            }

            output.Write(buffer, 0, read);
        }

        return true;
    }

    private static PeopleSheetRead MissingColumns(IReadOnlyList<string> header, string fileName)
    {
        _ = header;
        const string Titles = $"\"{NameTitle}\", \"{EmailTitle}\", \"{UnitTitle}\", \"{RoleTitle}\"";
        return Refuse(fileName,
            $"Dòng đầu tiên phải là dòng tiêu đề có các cột {Titles} (và \"{PhoneTitle}\" nếu có). Hãy dùng tệp mẫu.",
            $"The first row must be the header with the columns {Titles} (and \"{PhoneTitle}\" if any). Use the template.");
    }

    private static PeopleSheetRead TooManyRows(string fileName, int rows) => Refuse(fileName,
        $"Tệp có {N(rows)} dòng, nhiều hơn giới hạn {N(MaxRows)} người mỗi lần. Hãy chia thành nhiều tệp.",
        $"The file has {E(rows)} rows, more than the limit of {E(MaxRows)} people at a time. Split it into several files.");

    private static PeopleSheetRead Refuse(string fileName, string vi, string en) =>
        new([], [Problem.Error("PP001", fileName, SourceSpan.None, vi, en)]);

    private static string N(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    private static string E(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
