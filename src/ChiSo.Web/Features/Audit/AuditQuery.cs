using System.Globalization;
using System.Text.RegularExpressions;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace ChiSo.Web.Features.Audit;

/// <summary>
/// The audit list's query string, read and bounded on the server before anything runs: <c>unit</c> (a unit code),
/// <c>criterion</c> (a criterion code), <c>person</c> (part of an e-mail or name), <c>action</c> (an action code),
/// <c>from</c>/<c>to</c> (days, dd/MM/yyyy or yyyy-MM-dd, Vietnam's time), <c>page</c> and, for the API, <c>size</c>.
/// Anything malformed gives a refusal in words, never an exception.
/// </summary>
public sealed partial record AuditQuery(AuditFilter Filter, int Page, int PageSize)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    public const int MaxPage = 100_000;

    public const int MaxCode = 32;

    public const int MaxPerson = 100;

    /// <summary>The CSV export holds at most this many events (the newest); it says so when there are more.</summary>
    public const int MaxCsvRows = 10_000;

    private static readonly DateOnly Earliest = new(2000, 1, 1);

    private static readonly DateOnly Latest = new(2100, 12, 31);

    private static readonly string[] Names = ["unit", "criterion", "person", "action", "from", "to", "page", "size", "verify"];

    /// <summary>The query, or why it cannot be read.</summary>
    public static async Task<(AuditQuery? Query, Bilingual? Problem)> ReadAsync(IQueryCollection query, ChiSoDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(db);
        if (Names.FirstOrDefault(n => query.TryGetValue(n, out var v) && v.Count > 1) is { } repeated)
        {
            return (null, new($"Tham số “{repeated}” chỉ được có một giá trị.", $"The parameter “{repeated}” takes one value."));
        }

        var problems = new List<Bilingual>();
        var unitCode = Code(query["unit"], "đơn vị", "unit", problems);
        var criterion = Code(query["criterion"], "tiêu chí", "criterion", problems);
        var action = Code(query["action"], "hành động", "action", problems, max: 100);
        var person = Text(query["person"]);
        if (person is { Length: > MaxPerson })
        {
            problems.Add(new($"Tên hoặc thư điện tử cần tìm dài quá {MaxPerson} ký tự.", $"The person to look for is longer than {MaxPerson} characters."));
        }

        var from = Day(query["from"], "Từ ngày", "The from date", problems);
        var to = Day(query["to"], "Đến ngày", "The to date", problems);
        if (from is { } f && to is { } t && f > t)
        {
            problems.Add(new("“Từ ngày” phải trước hoặc bằng “đến ngày”.", "The from date must be on or before the to date."));
        }

        var page = Number(query["page"], 1, MaxPage, 1, "Số trang", "The page number", problems);
        var size = Number(query["size"], 1, MaxPageSize, DefaultPageSize, "Số dòng mỗi trang", "The page size", problems);
        if (problems.Count > 0)
        {
            return (null, Join(problems));
        }

        List<int>? unitIds = null;
        if (unitCode is not null)
        {
            unitIds = await db.Units.AsNoTracking().Where(u => u.Code == unitCode).Select(u => u.Id).ToListAsync(cancellationToken);
            if (unitIds.Count == 0)
            {
                return (null, new($"Không có đơn vị mã “{unitCode}”.", $"There is no unit with the code “{unitCode}”."));
            }
        }

        return (new AuditQuery(new AuditFilter(unitIds, unitCode, criterion, person, action, from, to), page, size), null);
    }

    /// <summary>The query string of this filter (without the page), to link pages and the CSV with.</summary>
    public string Link(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("unit", Filter.UnitCode);
        Add("criterion", Filter.Criterion);
        Add("person", Filter.Person);
        Add("action", Filter.Action);
        Add("from", Filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", Filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("page", page?.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static string? Text(StringValues value) => value.ToString().Trim() is { Length: > 0 } text ? text : null;

    private static string? Code(StringValues value, string vi, string en, List<Bilingual> problems, int max = MaxCode)
    {
        if (Text(value) is not { } code)
        {
            return null;
        }

        if (code.Length > max || !CodePattern().IsMatch(code))
        {
            problems.Add(new($"Mã {vi} “{Shown(code)}” không đúng dạng: chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới, tối đa {max} ký tự.",
                $"The {en} code “{Shown(code)}” is malformed: letters, digits, dots, dashes and underscores only, at most {max} characters."));
            return null;
        }

        return code;
    }

    private static DateOnly? Day(StringValues value, string vi, string en, List<Bilingual> problems)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, ["dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day >= Earliest && day <= Latest)
        {
            return day;
        }

        problems.Add(new($"{vi} “{Shown(text)}” không phải một ngày dạng dd/MM/yyyy từ 2000 đến 2100.",
            $"{en} “{Shown(text)}” is not a day written dd/MM/yyyy between 2000 and 2100."));
        return null;
    }

    private static int Number(StringValues value, int min, int max, int fallback, string vi, string en, List<Bilingual> problems)
    {
        if (Text(value) is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        problems.Add(new($"{vi} phải là một số nguyên từ {min} đến {max}.", $"{en} must be a whole number from {min} to {max}."));
        return fallback;
    }

    /// <summary>A refused value echoed back, cut short: the refusal must not carry a megabyte of someone's input.</summary>
    private static string Shown(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static Bilingual Join(List<Bilingual> problems) =>
        new(string.Join(" ", problems.Select(p => p.Vi)), string.Join(" ", problems.Select(p => p.En)));

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex CodePattern();
}
