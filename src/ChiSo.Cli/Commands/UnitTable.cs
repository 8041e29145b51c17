using System.Globalization;
using ChiSo.Data.Units;
using ChiSo.Files.Results;

namespace ChiSo.Cli.Commands;

/// <summary>The units listing as a <see cref="ResultTable"/>: one unit a row.</summary>
internal static class UnitTable
{
    public static ResultTable Of(IReadOnlyList<UnitListing> units, DateOnly on, CliContext context)
    {
        var title = context.T(
            $"{units.Count} đơn vị ngày {on.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
            $"{units.Count} units on {Iso(on)}");
        return new ResultTable(
            title,
            [
                new ResultColumn("code", context.T("Mã", "Code"), ColumnKind.Text),
                new ResultColumn("name", context.T("Tên", "Name"), ColumnKind.Text),
                new ResultColumn("level", context.T("Cấp", "Level"), ColumnKind.Text),
                new ResultColumn("type", context.T("Loại", "Type"), ColumnKind.Text),
                new ResultColumn("parent_code", context.T("Mã cấp trên", "Parent"), ColumnKind.Text),
                new ResultColumn("valid_from", context.T("Hiệu lực từ", "Valid from"), ColumnKind.Date),
                new ResultColumn("valid_to", context.T("Hiệu lực đến", "Valid to"), ColumnKind.Date),
                new ResultColumn("population", context.T("Dân số", "Population"), ColumnKind.Number, 0),
                new ResultColumn("area_km2", context.T("Diện tích (km²)", "Area (km²)"), ColumnKind.Number, 2),
            ],
            [.. units.Select(Row)]);
    }

    private static object?[] Row(UnitListing u) =>
    [
        u.Code, u.Name, Level(u.Level), u.Type, u.ParentCode ?? "",
        u.ValidFrom, u.ValidTo is { } to ? to : null,
        u.Population is { } p ? (double)p : double.NaN, u.AreaKm2 ?? double.NaN,
    ];

    private static LabelledCell Level(UnitLevel level) => level switch
    {
        UnitLevel.Province => new("province", "tỉnh/thành phố", "province"),
        UnitLevel.Ministry => new("ministry", "bộ, ngành", "ministry"),
        UnitLevel.Department => new("department", "sở, ban, ngành", "department"),
        UnitLevel.District => new("district", "huyện", "district"),
        UnitLevel.Commune => new("commune", "xã/phường/đặc khu", "commune"),
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
