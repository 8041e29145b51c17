using ChiSo.Data.Units;

namespace ChiSo.Data.Tests.Units;

/// <summary>Huế and Quảng Trị after the 2025 merger, one commune of Huế, an old province, and a comparison group.</summary>
internal static class UnitFixture
{
    public static readonly DateOnly Merger = new(2025, 7, 1);

    public static async Task<(int Hue, int QuangTri)> SeedAsync(ChiSoDbContext db)
    {
        var hue = new Unit { Code = "46", Name = "Thành phố Huế", Level = UnitLevel.Province, Type = "thành phố", ValidFrom = Merger };
        var quangTri = new Unit { Code = "44", Name = "Tỉnh Quảng Trị", Level = UnitLevel.Province, Type = "tỉnh", ValidFrom = Merger };
        var quangBinh = new Unit { Code = "45", Name = "Tỉnh Quảng Bình", Level = UnitLevel.Province, Type = "tỉnh", ValidFrom = new(2008, 1, 1), ValidTo = new(2025, 6, 30) };
        var ward = new Unit { Code = "19753", Name = "Phường Thuận Hóa", Level = UnitLevel.Commune, Type = "phường", Parent = hue, ValidFrom = Merger };
        db.Units.AddRange(hue, quangTri, quangBinh, ward);
        db.UnitGroups.Add(new UnitGroup { Code = "khoi-so-dvc", Name = "Khối sở có nhiều dịch vụ công" });
        await db.SaveChangesAsync();
        return (hue.Id, quangTri.Id);
    }

    public static BodyDraft Body(int line, string code, string parent, string from = "01/07/2025", string? to = null, string name = "Sở Khoa học và Công nghệ", string? group = null) =>
        new(line, code, name, "sở", parent, from, to, group);
}
