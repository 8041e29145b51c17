using ChiSo.Data.Units;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Demo;

/// <summary>A unit a demo campaign runs over.</summary>
internal sealed record DemoMember(int Id, string Code, string Name);

/// <summary>Finds the units of each demo set in the registry; creates the demo province's departments if missing.</summary>
internal sealed class DemoUnitSets(ChiSoDbContext db)
{
    private static readonly DateOnly BeforeMerger = new(2025, 6, 30);
    private static readonly DateOnly AfterMerger = new(2025, 7, 1);

    /// <summary>Typical departments of a province (sở, ban, ngành) after the 2025 reorganisation.</summary>
    private static readonly string[] Departments =
    [
        "Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Công Thương",
        "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo",
        "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh", "Ban Quản lý các khu kinh tế",
    ];

    public async Task<List<DemoMember>> ForAsync(DemoUnits set, CancellationToken cancellationToken) => set switch
    {
        DemoUnits.OldProvinces => await Provinces(BeforeMerger, cancellationToken).ConfigureAwait(false),
        DemoUnits.NewProvinces => await Provinces(AfterMerger, cancellationToken).ConfigureAwait(false),
        DemoUnits.Departments => await DepartmentsAsync(cancellationToken).ConfigureAwait(false),
        DemoUnits.Communes => await ChildrenAsync(UnitLevel.Commune, cancellationToken).ConfigureAwait(false),
    };

    private Task<List<DemoMember>> Provinces(DateOnly on, CancellationToken cancellationToken) =>
        db.Units.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province && u.ValidFrom <= on && (u.ValidTo == null || on <= u.ValidTo))
            .OrderBy(u => u.Code)
            .Select(u => new DemoMember(u.Id, u.Code, u.Name))
            .ToListAsync(cancellationToken);

    private async Task<int> ProvinceIdAsync(CancellationToken cancellationToken) =>
        (await Provinces(AfterMerger, cancellationToken).ConfigureAwait(false)).Single(p => p.Code == DemoUnitCodes.Province).Id;

    private async Task<List<DemoMember>> ChildrenAsync(UnitLevel level, CancellationToken cancellationToken)
    {
        var province = await ProvinceIdAsync(cancellationToken).ConfigureAwait(false);
        return await db.Units.AsNoTracking()
            .Where(u => u.Level == level && u.ParentId == province && u.ValidTo == null)
            .OrderBy(u => u.Code)
            .Select(u => new DemoMember(u.Id, u.Code, u.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<DemoMember>> DepartmentsAsync(CancellationToken cancellationToken)
    {
        var existing = await ChildrenAsync(UnitLevel.Department, cancellationToken).ConfigureAwait(false);
        if (existing.Count > 0)
        {
            return existing;
        }

        var province = await ProvinceIdAsync(cancellationToken).ConfigureAwait(false);
        var created = Departments.Select((name, i) => new Unit
        {
            Code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DemoUnitCodes.Province}.S{i + 1:D2}"),
            Name = name,
            Level = UnitLevel.Department,
            Type = name.StartsWith("Sở", StringComparison.Ordinal) ? "sở" : "ban, ngành",
            ParentId = province,
            ValidFrom = AfterMerger,
        }).ToList();
        db.Units.AddRange(created);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return [.. created.Select(u => new DemoMember(u.Id, u.Code, u.Name))];
    }
}
