using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Public;

/// <summary>Words of the public pages that several of them show.</summary>
public static class PublicTexts
{
    /// <summary>A framework's unit level (its <c>unit_level</c>: province, commune…) in words; empty when it says none.</summary>
    public static string Level(string? unitLevel) =>
        Enum.TryParse<Engine.Units.UnitLevel>(unitLevel, ignoreCase: true, out var level) ? UnitLevelNames.Of(level) : unitLevel ?? "";

    /// <summary>The day (dd/MM/yyyy, Vietnam's time) of a moment stored in UTC.</summary>
    public static string Day(DateTime utc) => L.Date(DateOnly.FromDateTime(Data.VietnamTime.FromUtc(utc)));
}
