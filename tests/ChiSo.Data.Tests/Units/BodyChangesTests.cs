using ChiSo.Data.Tests.Support;
using ChiSo.Data.Units;
using Microsoft.EntityFrameworkCore;
using static ChiSo.Data.Tests.Units.UnitFixture;

namespace ChiSo.Data.Tests.Units;

public sealed class BodyChangesTests
{
    private static BodyChanges Changes(ChiSoDbContext db) => new(db, TimeProvider.System);

    [Theory, AllDatabases]
    public async Task Check_EveryKindOfBadRow_RefusedWithItsReasonAndNothingWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (hue, _) = await SeedAsync(db);
        var before = await db.Units.CountAsync();
        BodyDraft[] rows =
        [
            Body(2, "46.S01", "46", group: "Khối sở có nhiều dịch vụ công"),
            Body(3, "46.S01", "46", name: "Sở trùng mã"),
            Body(4, "46.S02", "99"),
            Body(5, "46.S03", "44"),
            Body(6, "46.S04", "46", from: "31/02/2025"),
            Body(7, "46.S05", "46", from: "01/07/2025", to: "30/06/2025"),
            Body(8, "45", "46"),
            Body(9, "46.S06", "19753"),
            Body(10, "46.S07", "46", group: "khối không có"),
            Body(11, "46.S01.P1", "46.S01", name: "Phòng Quản lý khoa học"),
            Body(12, "46.S08", "46", from: "01/01/2020"),
            new BodyDraft(13, "46 S09", "", "", "46", "", null),
            Body(14, "46.S10", "46.S05"),
        ];

        var result = await Changes(db).ApplyAsync(rows, new UnitScope(false, new HashSet<int> { hue }), "tochuc.hue");

        Assert.False(result.Clean);
        Assert.Equal(
            [BodyOutcome.Add, BodyOutcome.Refused, BodyOutcome.Refused, BodyOutcome.Refused, BodyOutcome.Refused, BodyOutcome.Refused, BodyOutcome.Refused,
             BodyOutcome.Refused, BodyOutcome.Refused, BodyOutcome.Add, BodyOutcome.Refused, BodyOutcome.Refused, BodyOutcome.Refused],
            result.Rows.Select(r => r.Outcome));
        Reason(result, 3, "trùng với dòng 2");
        Reason(result, 4, "Không có đơn vị cấp trên mã 99");
        Reason(result, 5, "không thuộc tỉnh, thành phố bạn được quản lý");
        Reason(result, 6, "\"31/02/2025\" không phải một ngày");
        Reason(result, 7, "Ngày hết hiệu lực 30/06/2025 trước ngày bắt đầu 01/07/2025");
        Reason(result, 8, "danh mục đơn vị hành chính");
        Reason(result, 9, "không phải tỉnh, thành phố hay một cơ quan của tỉnh");
        Reason(result, 10, "Không có nhóm so sánh \"khối không có\"");
        Reason(result, 12, "không còn hoặc chưa có hiệu lực vào ngày 01/01/2020");
        Reason(result, 13, "chỉ được gồm chữ không dấu");
        Reason(result, 13, "Thiếu tên");
        Reason(result, 13, "Thiếu loại");
        Reason(result, 13, "Thiếu ngày hiệu lực từ");
        Reason(result, 14, "Đơn vị cấp trên 46.S05 (dòng 7) có lỗi");
        Assert.Equal(before, await db.Units.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync());
    }

    [Theory, AllDatabases]
    public async Task Apply_CleanSheet_WritesEveryRowWithOneAuditEventAndAgainChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int hue;
        BodyDraft[] rows = [Body(2, "46.S01.P1", "46.S01", name: "Phòng Quản lý khoa học"), Body(3, "46.S01", "46", group: "khoi-so-dvc"), Body(4, "46.S02", "46", name: "Sở Y tế", to: "31/12/2026")];
        await using (var db = database.NewContext())
        {
            (hue, _) = await SeedAsync(db);
            var result = await Changes(db).ApplyAsync(rows, new UnitScope(false, new HashSet<int> { hue }), "tochuc.hue");
            Assert.True(result.Clean);
            Assert.Equal(3, result.Count(BodyOutcome.Add));
        }

        await using (var read = database.NewContext())
        {
            var science = await read.Units.Include(u => u.Parent).SingleAsync(u => u.Code == "46.S01");
            var office = await read.Units.Include(u => u.Parent).SingleAsync(u => u.Code == "46.S01.P1");
            Assert.Equal((UnitLevel.Department, "sở", "46", Merger, (DateOnly?)null), (science.Level, science.Type, science.Parent!.Code, science.ValidFrom, science.ValidTo));
            Assert.Equal("46.S01", office.Parent!.Code);
            Assert.Equal(new DateOnly(2026, 12, 31), (await read.Units.SingleAsync(u => u.Code == "46.S02")).ValidTo);
            Assert.True(await read.UnitGroupMembers.AnyAsync(m => m.UnitId == science.Id && m.Group!.Code == "khoi-so-dvc"));
            var audit = await read.AuditEvents.SingleAsync();
            Assert.Equal(("units.sheet-applied", "tochuc.hue"), (audit.Action, audit.Actor));
        }

        await using (var again = database.NewContext())
        {
            var result = await Changes(again).ApplyAsync(rows, new UnitScope(false, new HashSet<int> { hue }), "tochuc.hue");
            Assert.True(result.Clean);
            Assert.Equal(3, result.Count(BodyOutcome.Unchanged));
            Assert.Equal(1, await again.AuditEvents.CountAsync());
        }

        await using (var renamed = database.NewContext())
        {
            var result = await Changes(renamed).ApplyAsync([rows[1] with { Name = "Sở Khoa học, Công nghệ và Đổi mới sáng tạo" }], new UnitScope(false, new HashSet<int> { hue }), "tochuc.hue");
            Assert.Equal(BodyOutcome.Update, Assert.Single(result.Rows).Outcome);
            Assert.Equal("Sở Khoa học, Công nghệ và Đổi mới sáng tạo", (await renamed.Units.AsNoTracking().SingleAsync(u => u.Code == "46.S01")).Name);
        }
    }

    [Theory, AllDatabases]
    public async Task Create_OrganiserOfHue_UnderQuangTriRefused_UnderHueAdded_AndNobodyElseAdds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (hue, quangTri) = await SeedAsync(db);
        var hueOrganiser = new UnitScope(false, new HashSet<int> { hue });

        var underQuangTri = await Changes(db).CreateAsync(Body(0, "44.S01", "44"), hueOrganiser, "tochuc.hue");
        var underHue = await Changes(db).CreateAsync(Body(0, "46.S01", "46"), hueOrganiser, "tochuc.hue");
        var byNobody = await Changes(db).CreateAsync(Body(0, "46.S02", "46"), UnitScope.Nowhere, "baocao");
        var again = await Changes(db).CreateAsync(Body(0, "46.S01", "46", name: "Sở khác"), hueOrganiser, "tochuc.hue");

        Assert.Contains("không thuộc tỉnh, thành phố bạn được quản lý", Assert.Single(Assert.Single(underQuangTri.Rows).Problems).Vi, StringComparison.Ordinal);
        Assert.True(underHue.Clean);
        Assert.False(byNobody.Clean);
        Assert.Contains("Hãy sửa đơn vị đó", Assert.Single(Assert.Single(again.Rows).Problems).Vi, StringComparison.Ordinal);
        Assert.Equal(["46.S01"], await db.Units.Where(u => u.Level == UnitLevel.Department).Select(u => u.Code).ToListAsync());
        Assert.Equal("unit.created", (await db.AuditEvents.SingleAsync()).Action);
        _ = quangTri;
    }

    [Theory, AllDatabases]
    public async Task UpdateAndEnd_BodyOfAnotherProvince_Refused_OwnBodyEndedNotDeleted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (hue, quangTri) = await SeedAsync(db);
        await Changes(db).CreateAsync(Body(0, "44.S01", "44", name: "Sở Tư pháp Quảng Trị"), UnitScope.Everywhere, "quantri");
        await Changes(db).CreateAsync(Body(0, "46.S01", "46"), UnitScope.Everywhere, "quantri");
        var other = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "44.S01");
        var own = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "46.S01");
        var hueOrganiser = new UnitScope(false, new HashSet<int> { hue });

        var rename = await Changes(db).UpdateAsync(other.Id, Body(0, "", "44", name: "Đổi tên"), hueOrganiser, "tochuc.hue");
        var endOther = await Changes(db).EndAsync(other.Id, "31/12/2025", hueOrganiser, "tochuc.hue");
        var endBeforeStart = await Changes(db).EndAsync(own.Id, "30/06/2025", hueOrganiser, "tochuc.hue");
        var end = await Changes(db).EndAsync(own.Id, "31/12/2025", hueOrganiser, "tochuc.hue");
        var registry = await Changes(db).EndAsync(hue, "31/12/2025", UnitScope.Everywhere, "quantri");

        Assert.False(rename!.Clean);
        Assert.False(endOther!.Clean);
        Assert.Contains("trước ngày bắt đầu", Assert.Single(Assert.Single(endBeforeStart!.Rows).Problems).Vi, StringComparison.Ordinal);
        Assert.True(end!.Clean);
        Assert.Null(registry);
        Assert.Equal("Sở Tư pháp Quảng Trị", (await db.Units.AsNoTracking().SingleAsync(u => u.Id == other.Id)).Name);
        Assert.Equal(new DateOnly(2025, 12, 31), (await db.Units.AsNoTracking().SingleAsync(u => u.Id == own.Id)).ValidTo);
        Assert.Null((await db.Units.AsNoTracking().SingleAsync(u => u.Id == hue)).ValidTo);
        Assert.Equal("unit.ended", (await db.AuditEvents.OrderBy(e => e.Id).LastAsync()).Action);
        _ = quangTri;
    }

    [Theory, AllDatabases]
    public async Task SetMembers_OrganiserOfHue_ChangesHuesUnitsOnlyAndKeepsQuangTris(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (hue, _) = await SeedAsync(db);
        await Changes(db).ApplyAsync([Body(2, "44.S01", "44"), Body(3, "46.S01", "46"), Body(4, "46.S02", "46")], UnitScope.Everywhere, "quantri");
        var groups = new UnitGroupChanges(db, TimeProvider.System);
        var group = await db.UnitGroups.SingleAsync();
        Assert.Equal([], await groups.SetMembersAsync(group.Id, ["44.S01", "46.S01"], UnitScope.Everywhere, new(2026, 1, 1), "quantri"));
        var hueOrganiser = new UnitScope(false, new HashSet<int> { hue });

        var outside = await groups.SetMembersAsync(group.Id, ["46.S02", "44.S01"], hueOrganiser, new(2026, 1, 1), "tochuc.hue");
        var own = await groups.SetMembersAsync(group.Id, ["46.S02", "19753"], hueOrganiser, new(2026, 1, 1), "tochuc.hue");

        Assert.Contains("44.S01 không thuộc tỉnh", Assert.Single(outside!).Vi, StringComparison.Ordinal);
        Assert.Equal([], own);
        Assert.Equal(["19753", "44.S01", "46.S02"], await db.UnitGroupMembers.Where(m => m.GroupId == group.Id).Select(m => m.Unit!.Code).OrderBy(c => c).ToListAsync());
    }

    [Theory, AllDatabases]
    public async Task Groups_CreateAndRename_CheckedAndAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await SeedAsync(db);
        var groups = new UnitGroupChanges(db, TimeProvider.System);

        var (id, problems) = await groups.CreateAsync("khoi-so-con-lai", "Khối sở còn lại", false, "quantri");
        var duplicate = await groups.CreateAsync("khoi-so-dvc", "Trùng", true, "quantri");
        var badCode = await groups.CreateAsync("khối", "Có dấu", true, "quantri");
        var renamed = await groups.RenameAsync(id!.Value, "Khối sở, ngành còn lại", false, "quantri");

        Assert.Empty(problems);
        Assert.Null(duplicate.Id);
        Assert.Null(badCode.Id);
        Assert.Equal([], renamed);
        Assert.Null(await groups.RenameAsync(999_999, "X", true, "quantri"));
        var stored = await db.UnitGroups.AsNoTracking().SingleAsync(g => g.Id == id);
        Assert.Equal(("Khối sở, ngành còn lại", false), (stored.Name, stored.Ranked));
        Assert.Equal(["unit-group.created", "unit-group.renamed"], await db.AuditEvents.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
    }

    private static void Reason(BodyCheckResult result, int line, string words) =>
        Assert.Contains(result.Rows.Single(r => r.Line == line).Problems, p => p.Vi.Contains(words, StringComparison.Ordinal));
}
