using System.Collections.Immutable;

namespace ChiSo.Engine.Units;

/// <summary>The tier of government a unit belongs to.</summary>
public enum UnitLevel
{
    /// <summary>A province or centrally-run city (tỉnh, thành phố).</summary>
    Province,
    /// <summary>A ministry or ministry-level body (bộ, cơ quan ngang bộ).</summary>
    Ministry,
    /// <summary>A department or agency of a province (sở, ban, ngành).</summary>
    Department,
    /// <summary>A district (huyện, quận, thị xã, thành phố thuộc tỉnh), until 30/06/2025.</summary>
    District,
    /// <summary>A commune, ward or special zone (xã, phường, đặc khu, thị trấn).</summary>
    Commune,
}

/// <summary>How a unit became its successor(s).</summary>
public enum SuccessionKind
{
    /// <summary>Several predecessors became one successor.</summary>
    Merge,
    /// <summary>One predecessor went into several successors.</summary>
    Split,
    /// <summary>One whole predecessor became one successor alone.</summary>
    Rename,
}

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
    /// <summary>The key of this version: (code, valid-from).</summary>
    public UnitKey Key => new(Code, ValidFrom);

    /// <summary>True when the unit existed on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}

/// <summary>A predecessor → successor link of a merge, split or rename.</summary>
/// <param name="Predecessor">The unit before the change.</param>
/// <param name="Successor">The unit after the change.</param>
/// <param name="EffectiveDate">The first day of the successor.</param>
/// <param name="Kind">Merge; Split when the predecessor went into several successors; Rename when one whole
/// predecessor became one successor alone (a continuation, whatever happened to the name).</param>
/// <param name="Full">True when the whole predecessor went into the successor.</param>
public sealed record RegistrySuccession(UnitKey Predecessor, UnitKey Successor, DateOnly EffectiveDate, SuccessionKind Kind, bool Full);

/// <summary>Units with their validity periods and the successions between them.</summary>
public sealed record UnitRegistry(ImmutableArray<RegistryUnit> Units, ImmutableArray<RegistrySuccession> Successions);
