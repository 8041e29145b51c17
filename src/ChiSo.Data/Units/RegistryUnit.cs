using System.Collections.Immutable;

namespace ChiSo.Data.Units;

/// <summary>Identifies one version of a unit: codes are reused across the 2025 merger, so the key is (code, valid-from).</summary>
public readonly record struct UnitKey(string Code, DateOnly ValidFrom);

/// <summary>A unit as the registry files describe it, before it is stored.</summary>
/// <param name="Code">Official code, zero-padded text.</param>
/// <param name="Name">Full Vietnamese name, e.g. "Phường Ba Đình".</param>
/// <param name="Level">Administrative level.</param>
/// <param name="Type">Type word in lower case: "tỉnh", "thành phố", "xã", "phường", "đặc khu", "thị trấn", "huyện".</param>
/// <param name="ParentCode">Code of the parent, resolved to the parent's version valid on <paramref name="ValidFrom"/>.</param>
/// <param name="ValidFrom">First day of validity.</param>
/// <param name="ValidTo">Last day of validity (inclusive); null while the unit exists.</param>
/// <param name="Population">Population, when known.</param>
/// <param name="AreaKm2">Area in km², when known.</param>
public sealed record RegistryUnit(
    string Code,
    string Name,
    UnitLevel Level,
    string Type,
    string? ParentCode,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    long? Population = null,
    double? AreaKm2 = null)
{
    public UnitKey Key => new(Code, ValidFrom);

    /// <summary>True when the unit existed on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}

/// <summary>A predecessor → successor link of a merge, split or rename.</summary>
/// <param name="Predecessor">The unit before.</param>
/// <param name="Successor">The unit after.</param>
/// <param name="EffectiveDate">The day the change took effect.</param>
/// <param name="Kind">Merge, split or rename.</param>
/// <param name="Full">True when the whole predecessor went into the successor.</param>
public sealed record RegistrySuccession(UnitKey Predecessor, UnitKey Successor, DateOnly EffectiveDate, SuccessionKind Kind, bool Full);

/// <summary>Units with their validity periods and the successions between them.</summary>
public sealed record UnitRegistry(ImmutableArray<RegistryUnit> Units, ImmutableArray<RegistrySuccession> Successions);
