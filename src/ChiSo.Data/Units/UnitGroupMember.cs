namespace ChiSo.Data.Units;

public sealed class UnitGroupMember
{
    public int UnitId { get; set; }

    public int GroupId { get; set; }

    public Unit? Unit { get; set; }

    public UnitGroup? Group { get; set; }
}
