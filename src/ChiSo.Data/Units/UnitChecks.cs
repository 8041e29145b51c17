using System.Collections.Immutable;
using ChiSo.Engine;

namespace ChiSo.Data.Units;

/// <summary>A unit version already in the database.</summary>
public readonly record struct StoredVersion(string Code, DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>
/// Checks a set of units against itself and against the database before anything is written: duplicate
/// (code, valid-from), overlapping validity of one code, and parents that do not exist when the child starts.
/// </summary>
public static class UnitChecks
{
    /// <param name="units">The units to import.</param>
    /// <param name="lines">File line of each unit (0 when not from a file).</param>
    /// <param name="stored">Versions already in the database; a unit with the same key replaces its stored version.</param>
    /// <param name="file">The file name problems report.</param>
    public static ImmutableArray<Problem> Check(
        IReadOnlyList<RegistryUnit> units, IReadOnlyList<int> lines, IReadOnlyList<StoredVersion> stored, string? file)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(stored);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var first = new Dictionary<UnitKey, int>();
        var versions = new Dictionary<string, List<Version>>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (!first.TryAdd(unit.Key, i))
            {
                problems.Add(UnitProblems.Duplicate(file, lines[i], unit.Code, lines[first[unit.Key]]));
                continue;
            }

            VersionsOf(versions, unit.Code).Add(new Version(unit.ValidFrom, unit.ValidTo, lines[i]));
        }

        foreach (var s in stored.Where(s => !first.ContainsKey(new UnitKey(s.Code, s.ValidFrom))))
        {
            VersionsOf(versions, s.Code).Add(new Version(s.ValidFrom, s.ValidTo, 0));
        }

        foreach (var (code, list) in versions)
        {
            AddOverlaps(code, list, file, problems);
        }

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.ParentCode is { } parent
                && !(versions.TryGetValue(parent, out var parentVersions) && parentVersions.Any(v => v.Contains(unit.ValidFrom))))
            {
                problems.Add(UnitProblems.UnknownParent(file, lines[i], unit.Code, parent, unit.ValidFrom));
            }
        }

        return [.. problems.OrderBy(p => p.At.Line)];
    }

    private static void AddOverlaps(string code, List<Version> list, string? file, ImmutableArray<Problem>.Builder problems)
    {
        if (list.Count < 2)
        {
            return;
        }

        list.Sort((a, b) => a.From.CompareTo(b.From));
        for (var i = 0; i < list.Count; i++)
        {
            for (var j = i + 1; j < list.Count && list[i].Contains(list[j].From); j++)
            {
                // Report on the file's row; two stored versions that overlap are not this file's fault.
                var (row, other) = list[j].Line > 0 ? (list[j], list[i]) : (list[i], list[j]);
                if (row.Line > 0)
                {
                    problems.Add(UnitProblems.Overlap(file, row.Line, code, other.Line, other.From));
                }
            }
        }
    }

    private static List<Version> VersionsOf(Dictionary<string, List<Version>> versions, string code)
    {
        if (!versions.TryGetValue(code, out var list))
        {
            list = [];
            versions[code] = list;
        }

        return list;
    }

    private readonly record struct Version(DateOnly From, DateOnly? To, int Line)
    {
        public bool Contains(DateOnly day) => From <= day && (To is null || day <= To);
    }
}
