namespace ChiSo.Data.Units;

/// <summary>A comparison group: units ranked among themselves (e.g. ministries with public services), or assessed but not ranked.</summary>
public sealed class UnitGroup
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public bool Ranked { get; set; } = true;

    public List<UnitGroupMember> Members { get; } = [];
}
