using ChiSo.Data.Frameworks;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.EditionEditor;

/// <summary>Draft editions for the editor's tests, each under its own framework id.</summary>
internal static class Drafts
{
    /// <summary>1 (30) = 1.1 (10, rule max * ratio(a, b)) + 1.2 (20): valid.</summary>
    public const string Yaml = """
        id: thu
        edition: 2026
        title: Bộ chỉ số thử
        tree:
          - code: "1"
            name: Nhóm một
            max: 30
            children:
              - code: "1.1"
                name: Tỷ lệ cán bộ được đào tạo
                max: 10
                inputs:
                  - id: a
                    type: integer
                    label: Số cán bộ được đào tạo
                  - id: b
                    type: integer
                    label: Tổng số cán bộ
                score: max * ratio(a, b)
              - code: "1.2"
                name: Tiêu chí hai
                max: 20
        """;

    public static async Task<FrameworkEdition> AddAsync(WebAppFactory factory, EditionStatus status = EditionStatus.Draft)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = factory.NewContext();
        return await AddAsync(db, status);
    }

    public static async Task<FrameworkEdition> AddAsync(Data.ChiSoDbContext db, EditionStatus status = EditionStatus.Draft)
    {
        ArgumentNullException.ThrowIfNull(db);
        var frameworkId = "thu-" + Guid.NewGuid().ToString("N")[..8];
        var yaml = Yaml.Replace("id: thu", "id: " + frameworkId, StringComparison.Ordinal);
        var edition = FrameworkEdition.Draft(frameworkId, 2026, "Bộ chỉ số thử", yaml);
        edition.Status = status;
        db.FrameworkEditions.Add(edition);
        await db.SaveChangesAsync();
        return edition;
    }
}
