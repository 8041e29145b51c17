namespace ChiSo.Web.Features.Shared;

/// <summary>The words for a unit's level, in the user's language: one list for every page that names levels.</summary>
public static class UnitLevelNames
{
    public static string Of(UnitLevel level) => level switch
    {
        UnitLevel.Province => L.T("Tỉnh, thành phố", "Province"),
        UnitLevel.Ministry => L.T("Bộ, ngành", "Ministry"),
        UnitLevel.Department => L.T("Sở, ban, ngành", "Department"),
        UnitLevel.District => L.T("Huyện", "District"),
        UnitLevel.Commune => L.T("Xã, phường, đặc khu", "Commune"),
        _ => level.ToString(),
    };
}
