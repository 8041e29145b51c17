using ChiSo.Files.Units;

namespace ChiSo.Files.Tests.Units;

public sealed class RegistryBuilderTests
{
    // Counts from Units/Registry/README.md and research-summary §4: 63 provinces and 10,047 communes before
    // 1 July 2025 (plus 5 island districts in the lineage), 34 provinces and 3,321 communes after
    // (2,621 xã + 687 phường + 13 đặc khu, as named on 1 July 2025).
    private static readonly UnitRegistry Registry = ShippedRegistry.Load();
    private static readonly DateOnly LastOldDay = new(2025, 6, 30);
    private static readonly DateOnly MergerDay = new(2025, 7, 1);

    private static int Count(UnitLevel level, DateOnly on) => Registry.Units.Count(u => u.Level == level && u.IsValidOn(on));

    private static RegistryUnit Unit(string code, DateOnly on) => Registry.Units.Single(u => u.Code == code && u.IsValidOn(on));

    [Fact]
    public void Load_Provinces_63BeforeTheMergerAnd34After()
    {
        Assert.Equal(63, Count(UnitLevel.Province, LastOldDay));
        Assert.Equal(34, Count(UnitLevel.Province, MergerDay));
    }

    [Fact]
    public void Load_Communes_10047BeforeAnd3321After()
    {
        Assert.Equal(10_047, Count(UnitLevel.Commune, LastOldDay));
        Assert.Equal(3_321, Count(UnitLevel.Commune, MergerDay));
        Assert.Equal(5, Count(UnitLevel.District, LastOldDay));
        Assert.Equal(0, Count(UnitLevel.District, MergerDay));
    }

    [Fact]
    public void Load_OldCodes_10052UnitsEndingOn30June2025()
    {
        var old = Registry.Units.Where(u => u.Level is UnitLevel.Commune or UnitLevel.District && u.ValidTo == LastOldDay).ToList();

        Assert.Equal(10_052, old.Count);
        Assert.All(old, u => Assert.Equal(RegistryBuilder.OldUnitsValidFrom, u.ValidFrom));
    }

    [Fact]
    public void Load_NewCommuneTypes_AsOn1July2025()
    {
        var types = Registry.Units.Where(u => u.Level == UnitLevel.Commune && u.IsValidOn(MergerDay)).CountBy(u => u.Type).ToDictionary();

        Assert.Equal(2_621, types["xã"]);
        Assert.Equal(687, types["phường"]);
        Assert.Equal(13, types["đặc khu"]);
    }

    [Fact]
    public void Load_UnitKeys_AreUniqueAndEveryParentExistsOnTheChildsFirstDay()
    {
        Assert.Equal(Registry.Units.Length, Registry.Units.Select(u => u.Key).Distinct().Count());
        var parents = Registry.Units.Where(u => u.ParentCode is not null).ToList();
        Assert.All(parents, u => Assert.Contains(Registry.Units, p => p.Code == u.ParentCode && p.IsValidOn(u.ValidFrom)));
    }

    [Fact]
    public void Load_DaNang_NewProvinceMergesOldDaNangAndQuangNamWithPopulation()
    {
        var predecessors = Registry.Successions.Where(s => s.Successor == new UnitKey("48", MergerDay)).ToList();

        Assert.Equal(["48", "49"], predecessors.Select(s => s.Predecessor.Code).Order());
        Assert.All(predecessors, s => Assert.Equal(SuccessionKind.Merge, s.Kind));
        Assert.All(predecessors, s => Assert.True(s.Full));
        // admin_provinces_34_post_2025.csv: Đà Nẵng 3,065,628 people, 11,859.59 km².
        var daNang = Unit("48", MergerDay);
        Assert.Equal(3_065_628, daNang.Population);
        Assert.Equal(11_859.59, daNang.AreaKm2);
        Assert.Equal("Thành phố Đà Nẵng", daNang.Name);
    }

    [Fact]
    public void Load_UnchangedProvince_IsARename()
    {
        var hanoi = Assert.Single(Registry.Successions, s => s.Predecessor == new UnitKey("01", RegistryBuilder.OldUnitsValidFrom));

        Assert.Equal(SuccessionKind.Rename, hanoi.Kind);
        Assert.Equal(new UnitKey("01", MergerDay), hanoi.Successor);
    }

    [Fact]
    public void Load_Successions_EveryOldUnitHasOneAndEveryNewCommuneHasAPredecessor()
    {
        var old = Registry.Units.Where(u => u.ValidTo == LastOldDay).Select(u => u.Key).ToHashSet();
        var newCommunes = Registry.Units.Where(u => u.Level == UnitLevel.Commune && u.ValidFrom == MergerDay).Select(u => u.Key);

        Assert.Equal(10_604 + 63, Registry.Successions.Length);
        Assert.Equal(old, Registry.Successions.Select(s => s.Predecessor).ToHashSet());
        Assert.Subset(Registry.Successions.Select(s => s.Successor).ToHashSet(), newCommunes.ToHashSet());
    }

    [Fact]
    public void Load_SplitUnit_IsAPartialSplitIntoEachSuccessor()
    {
        // 460 old units went into several new units (README): all their rows are partial.
        var splits = Registry.Successions.Where(s => s.Kind == SuccessionKind.Split).ToList();

        Assert.Equal(460, splits.Select(s => s.Predecessor).Distinct().Count());
        Assert.All(splits, s => Assert.False(s.Full));
    }

    [Theory]
    [InlineData("06970", "06978", "Xã Ba Chẽ")]
    [InlineData("23938", "23938", "Xã Ia Mơ")]
    public void Load_RemappedLineageCodes_JoinTheCommuneList(string oldCode, string newCode, string name)
    {
        // The lineage names the new units 06970 and 23737 (1027/CTK-CSCL); the commune list 06978 and 23938.
        var succession = Assert.Single(Registry.Successions, s => s.Predecessor.Code == oldCode);

        Assert.Equal(new UnitKey(newCode, MergerDay), succession.Successor);
        Assert.Equal(name, Unit(newCode, MergerDay).Name);
        Assert.DoesNotContain(Registry.Units, u => u.Code is "23737" or "06970" && u.ValidFrom == MergerDay);
    }

    [Fact]
    public void Load_IslandDistrict_IsADistrictThatBecameADacKhu()
    {
        var conDao = Unit("755", LastOldDay);
        var succession = Assert.Single(Registry.Successions, s => s.Predecessor.Code == "755");

        Assert.Equal(UnitLevel.District, conDao.Level);
        Assert.Equal("77", conDao.ParentCode);
        Assert.Equal("đặc khu", Unit(succession.Successor.Code, MergerDay).Type);
        Assert.Equal("79", Unit(succession.Successor.Code, MergerDay).ParentCode);
    }
}
