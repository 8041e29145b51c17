namespace ChiSo.Data.Units;

/// <summary>One lineage link: from <see cref="EffectiveDate"/> (part of) the predecessor belongs to the successor.</summary>
public sealed class UnitSuccession
{
    public int Id { get; set; }

    public int PredecessorId { get; set; }

    public int SuccessorId { get; set; }

    public Unit? Predecessor { get; set; }

    public Unit? Successor { get; set; }

    public DateOnly EffectiveDate { get; set; }

    public SuccessionKind Kind { get; set; }

    /// <summary>True when the whole predecessor went into the successor; false for a part of it.</summary>
    public bool Full { get; set; }
}
