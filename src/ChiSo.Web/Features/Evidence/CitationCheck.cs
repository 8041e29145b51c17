using ChiSo.Engine;
using ChiSo.Web.Features.Shared;
using ChiSo.Web.Features.Submitting;

namespace ChiSo.Web.Features.Evidence;

/// <summary>
/// Checks a citation (số hiệu, ngày ban hành, trích yếu, người ký): every field present, and the date inside the
/// assessment period, i.e. in the campaign year, not after the self-assessment deadline and not in the future.
/// </summary>
public static class CitationCheck
{

    /// <summary>Every problem found, each in Vietnamese and English; the parsed date when it could be read.</summary>
    public static (DateOnly? Date, List<Bilingual> Problems) Check(CitationRequest request, WindowState window)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(window);
        var problems = new List<Bilingual>();
        Require(request.Number, "số hiệu văn bản", "document number", 100, problems);
        Require(request.Summary, "trích yếu", "summary", 1000, problems);
        Require(request.Signer, "người ký", "signer", 200, problems);
        if (Engine.PeopleFormat.ParseDate(request.Date) is not { } date)
        {
            problems.Add(("Ngày ban hành phải có dạng dd/MM/yyyy, ví dụ 23/11/2025.", "The date of issue must read dd/MM/yyyy, e.g. 23/11/2025."));
            return (null, problems);
        }

        if (date > window.Today)
        {
            problems.Add(($"Ngày ban hành {L.Date(date)} ở tương lai.", $"The date of issue {date:yyyy-MM-dd} is in the future."));
        }
        else if (window.Deadline is { } deadline && date > deadline)
        {
            problems.Add((
                $"Ngày ban hành {L.Date(date)} sau hạn tự đánh giá {L.Date(deadline)}: văn bản này không thuộc kỳ đánh giá.",
                $"The date of issue {date:yyyy-MM-dd} is after the self-assessment deadline {deadline:yyyy-MM-dd}: the document is outside the assessment period."));
        }

        if (window.CampaignYearStart is { } start && window.CampaignYearEnd is { } end && (date < start || date > end))
        {
            problems.Add((
                $"Ngày ban hành {L.Date(date)} nằm ngoài năm đánh giá {start.Year} ({L.Date(start)} – {L.Date(end)}).",
                $"The date of issue {date:yyyy-MM-dd} is outside the assessment year {start.Year} ({start:yyyy-MM-dd} – {end:yyyy-MM-dd})."));
        }

        return (date, problems);
    }

    private static void Require(string? value, string vi, string en, int max, List<Bilingual> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(($"Hãy nhập {vi}.", $"Enter the {en}."));
        }
        else if (value.Trim().Length > max)
        {
            problems.Add(($"Trường {vi} dài quá {max} ký tự.", $"The {en} is longer than {max} characters."));
        }
    }
}
