using ChiSo.Files.Units;
using ChiSo.Data.Tests.Support;
using ChiSo.Data.Units;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Units;

public sealed class UnitImportTests
{
    private static readonly DateOnly LastOldDay = new(2025, 6, 30);
    private static readonly DateOnly MergerDay = new(2025, 7, 1);

    [Theory, AllDatabases]
    public async Task ImportShipped_ThenList_63ProvincesOn30June2025And34On1July(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            var result = await UnitImports.ImportShippedAsync(db);
            Assert.Empty(result.Problems);
            // 63 + 34 provinces, 10,047 + 3,321 communes, 5 districts; 63 province and 10,604 commune successions.
            Assert.Equal(63 + 34 + 10_047 + 3_321 + 5, result.UnitsAdded);
            Assert.Equal(63 + 10_604, result.SuccessionsAdded);
        }

        await using var read = database.NewContext();
        Assert.Equal(63, (await UnitList.OnAsync(read, UnitLevel.Province, LastOldDay)).Count);
        var after = await UnitList.OnAsync(read, UnitLevel.Province, MergerDay);
        Assert.Equal(34, after.Count);
        Assert.Equal(3_321, (await UnitList.OnAsync(read, UnitLevel.Commune, MergerDay)).Count);
        var daNang = Assert.Single(after, u => u.Code == "48");
        Assert.Equal(3_065_628, daNang.Population);
        var baChe = Assert.Single(await UnitList.OnAsync(read, UnitLevel.Commune, MergerDay), u => u.Code == "06978");
        Assert.Equal("22", baChe.ParentCode);
    }

    [Theory, AllDatabases]
    public async Task ImportShipped_Twice_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = database.NewContext())
        {
            await UnitImports.ImportShippedAsync(first);
        }

        var before = await Snapshot(database);
        UnitImportResult again;
        await using (var second = database.NewContext())
        {
            again = await UnitImports.ImportShippedAsync(second);
        }

        Assert.True(again.Unchanged);
        Assert.Equal(before, await Snapshot(database));
    }

    [Theory, AllDatabases]
    public async Task ImportFile_BadRows_RefusedWithEveryRowAndNothingWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        const string text = """
            code,name,level,type,parent_code,valid_from,valid_to
            01,Tỉnh Một,province,tỉnh,,2020-01-01,
            0101,Sở Một,department,sở,01,2020-01-01,
            0101,Sở Một (trùng),department,sở,01,2020-01-01,
            0102,Sở Hai,department,sở,99,2020-01-01,
            0103,Sở Ba,department,sở,01,2020-01-01,2023-12-31
            0103,Sở Ba mới,department,sở,01,2023-06-01,
            0104,Sở Bốn,agency,sở,01,2020-13-01,
            """;
        var file = UnitFile.Read(new StringReader(text), "units.csv");

        await using (var db = database.NewContext())
        {
            var result = await UnitImports.ImportFileAsync(db, file, "units.csv");

            Assert.True(result.Refused);
            // Line 4 repeats line 3, line 5's parent 99 does not exist, line 7 overlaps line 6, line 8 has an
            // unknown level and a bad date.
            Assert.Equal(
                [(4, "UN007"), (5, "UN009"), (7, "UN008"), (8, "UN003"), (8, "UN004")],
                result.Problems.Select(p => (p.At.Line, p.Code)).Order());
            Assert.All(result.Problems, p => Assert.Equal("units.csv", p.File));
        }

        await using var check = database.NewContext();
        Assert.Equal(0, await check.Units.CountAsync());
    }

    [Theory, AllDatabases]
    public async Task ImportFile_DepartmentsUnderAShippedProvince_AreWrittenWithTheirParent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await UnitImports.ImportShippedAsync(db);
        }

        const string text = """
            code,name,level,type,parent_code,valid_from,valid_to,population
            48-KHCN,Sở Khoa học và Công nghệ,department,sở,48,2025-07-01,,
            48-TC,"Sở Tài chính, Đà Nẵng",department,,48,01/07/2025,,
            """;
        await using (var db = database.NewContext())
        {
            var result = await UnitImports.ImportFileAsync(db, UnitFile.Read(new StringReader(text), "so.csv"), "so.csv");
            Assert.Empty(result.Problems);
            Assert.Equal(2, result.UnitsAdded);
        }

        await using var read = database.NewContext();
        var departments = await UnitList.OnAsync(read, UnitLevel.Department, new DateOnly(2026, 1, 1));
        Assert.Equal(["48-KHCN", "48-TC"], departments.Select(d => d.Code));
        Assert.All(departments, d => Assert.Equal("48", d.ParentCode));
        Assert.Equal("Sở Tài chính, Đà Nẵng", departments[1].Name);
        Assert.Equal("sở", departments[1].Type);
    }

    [Theory, AllDatabases]
    public async Task ImportFile_OverlapWithAStoredVersion_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await UnitImports.ImportShippedAsync(db);
        }

        // 48 exists from 2025-07-01 with no end: a second version from 2026-04-30 must close it first.
        const string text = """
            code,name,level,type,parent_code,valid_from,valid_to
            48,Thành phố Đà Nẵng mới,province,thành phố,,2026-04-30,
            """;
        await using var write = database.NewContext();
        var result = await UnitImports.ImportFileAsync(write, UnitFile.Read(new StringReader(text), "u.csv"), "u.csv");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("UN008", problem.Code);
        Assert.Contains("2025-07-01", problem.MessageEn, StringComparison.Ordinal);
    }

    /// <summary>Every unit and succession as text, to compare two states of the database.</summary>
    private static async Task<List<string>> Snapshot(TestDatabase database)
    {
        await using var db = database.NewContext();
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => $"{u.Id}|{u.Code}|{u.Name}|{u.Level}|{u.Type}|{u.ParentId}|{u.ValidFrom}|{u.ValidTo}|{u.Population}|{u.AreaKm2}")
            .ToListAsync();
        var successions = await db.UnitSuccessions.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => $"{s.Id}|{s.PredecessorId}|{s.SuccessorId}|{s.EffectiveDate}|{s.Kind}|{s.Full}")
            .ToListAsync();
        return [.. units, .. successions];
    }
}
