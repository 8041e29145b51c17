namespace ChiSo.Data.Units;

/// <summary>
/// An assessed unit as it stood over one validity period (a province, ministry, department, district or commune).
/// A unit that changes code, name or parent after a merger gets a new row; <see cref="UnitSuccession"/> links them.
/// </summary>
public sealed class Unit
{
    public int Id { get; set; }

    /// <summary>Official administrative code as text: leading zeros matter ("01", "00004").</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public UnitLevel Level { get; set; }

    /// <summary>The official type word: tỉnh, thành phố, xã, phường, đặc khu, bộ, sở…</summary>
    public required string Type { get; set; }

    public int? ParentId { get; set; }

    public Unit? Parent { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>Inclusive last day; null while the unit still exists.</summary>
    public DateOnly? ValidTo { get; set; }

    public long? Population { get; set; }

    public double? AreaKm2 { get; set; }

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}
