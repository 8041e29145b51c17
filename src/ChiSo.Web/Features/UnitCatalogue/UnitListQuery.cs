using ChiSo.Data.Units;
using ChiSo.Engine;

namespace ChiSo.Web.Features.UnitCatalogue;

/// <summary>The query string of the units list, for the page and the API alike, checked before it reaches the database.</summary>
public sealed record UnitListQuery(string? Q, string? Level, int? Province, string? On, bool? All, int? Page, int? Size)
{
    public (UnitQuery? Query, Bilingual? Problem) Read(DateOnly today)
    {
        var text = Q?.Trim();
        if (text?.Length > UnitSearch.MaxTextLength)
        {
            return (null, new Bilingual($"Từ khóa tìm kiếm dài quá {UnitSearch.MaxTextLength} ký tự.", $"The search text is longer than {UnitSearch.MaxTextLength} characters."));
        }

        UnitLevel? level = null;
        if (!string.IsNullOrWhiteSpace(Level))
        {
            if (!Enum.TryParse<UnitLevel>(Level, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(Level, out _))
            {
                return (null, new Bilingual("Cấp đơn vị phải là province, ministry, department, district hoặc commune.", "The level must be province, ministry, department, district or commune."));
            }

            level = parsed;
        }

        DateOnly? on = today;
        if (All == true)
        {
            on = null;
        }
        else if (!string.IsNullOrWhiteSpace(On))
        {
            if (!BodyDates.TryRead(On, out var day))
            {
                return (null, new Bilingual("Ngày phải theo dạng dd/MM/yyyy (ví dụ 01/07/2025).", "The date must be written dd/MM/yyyy (e.g. 01/07/2025)."));
            }

            on = day;
        }

        if (Page is < 1 or > 100_000 || Size is < 1 or > UnitSearch.MaxPageSize)
        {
            return (null, new Bilingual($"Trang phải từ 1, mỗi trang từ 1 đến {UnitSearch.MaxPageSize} đơn vị.", $"The page starts at 1; a page holds 1 to {UnitSearch.MaxPageSize} units."));
        }

        return (new UnitQuery(text, level, Province, on, Page ?? 1, Size ?? UnitSearch.DefaultPageSize), null);
    }
}
