using System.Collections.Immutable;
using System.Globalization;
using ChiSo.Engine;
using ChiSo.Engine.Units;
using ChiSo.Files.Csv;

namespace ChiSo.Files.Units;

/// <summary>
/// A units file read for <c>chiso units import FILE</c>: UTF-8 CSV with a header row and the columns
/// <c>code,name,level,type,parent_code,valid_from,valid_to[,population]</c> in any order. <c>level</c> is one of
/// province, ministry, department, district, commune; <c>type</c> is the official type word (tỉnh, sở, xã…; empty
/// gives the level's usual word); <c>parent_code</c> names a unit valid on <c>valid_from</c>, in the file or the
/// database; dates are yyyy-MM-dd or dd/MM/yyyy; <c>valid_to</c> is the inclusive last day, empty while the unit
/// exists; <c>population</c> is optional.
/// </summary>
/// <param name="Units">The rows that could be read.</param>
/// <param name="Lines">The file line of each unit.</param>
/// <param name="Problems">Every problem found in the rows.</param>
public sealed record UnitFile(ImmutableArray<RegistryUnit> Units, ImmutableArray<int> Lines, ImmutableArray<Problem> Problems)
{
    private static readonly string[] Required = ["code", "name", "level", "valid_from"];
    private static readonly string[] Optional = ["type", "parent_code", "valid_to", "population"];

    internal static string ColumnList => "code, name, level, type, parent_code, valid_from, valid_to, population";

    internal static string LevelList => string.Join(", ", Enum.GetNames<UnitLevel>().Select(n => n.ToLowerInvariant()));

    /// <summary>Reads a units file; <paramref name="fileName"/> is how problems name it.</summary>
    public static UnitFile Read(TextReader reader, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (written, rows, broken) = CsvRecords.Read(reader, fileName);
        if (!broken.IsEmpty)
        {
            return new UnitFile([], [], broken);
        }

        var header = written.Select(h => h.ToLowerInvariant()).ToList();
        var problems = ImmutableArray.CreateBuilder<Problem>();
        foreach (var missing in Required.Where(c => !header.Contains(c)))
        {
            problems.Add(UnitFileProblems.MissingColumn(fileName, missing));
        }

        if (problems.Count > 0)
        {
            return new UnitFile([], [], problems.ToImmutable());
        }

        var columns = Required.Concat(Optional).ToDictionary(c => c, c => header.IndexOf(c), StringComparer.Ordinal);
        var units = ImmutableArray.CreateBuilder<RegistryUnit>();
        var lines = ImmutableArray.CreateBuilder<int>();
        foreach (var row in rows)
        {
            string Get(string column) => row.Field(columns[column]);
            var before = problems.Count;
            var unit = ReadRow(Get, fileName, row.Line, problems);
            if (unit is not null && problems.Count == before)
            {
                units.Add(unit);
                lines.Add(row.Line);
            }
        }

        return new UnitFile(units.ToImmutable(), lines.ToImmutable(), problems.ToImmutable());
    }

    private static RegistryUnit? ReadRow(Func<string, string> get, string? file, int line, ImmutableArray<Problem>.Builder problems)
    {
        foreach (var column in Required.Where(c => get(c).Length == 0))
        {
            problems.Add(UnitFileProblems.MissingValue(file, line, column));
        }

        var level = default(UnitLevel);
        var levelText = get("level");
        if (levelText.Length > 0 && !TryLevel(levelText, out level))
        {
            problems.Add(UnitFileProblems.UnknownLevel(file, line, levelText));
        }

        var from = Date(get, "valid_from", file, line, problems);
        var to = Date(get, "valid_to", file, line, problems);
        if (from is { } f && to is { } t && t < f)
        {
            problems.Add(UnitFileProblems.EndsBeforeStart(file, line));
        }

        long? population = null;
        var populationText = get("population");
        if (populationText.Length > 0)
        {
            if (long.TryParse(populationText, NumberStyles.None, CultureInfo.InvariantCulture, out var p))
            {
                population = p;
            }
            else
            {
                problems.Add(UnitFileProblems.BadNumber(file, line, "population", populationText));
            }
        }

        var type = get("type");
        var parent = get("parent_code");
        return from is null ? null : new RegistryUnit(
            get("code"), get("name"), level, type.Length > 0 ? type : DefaultType(level), parent.Length > 0 ? parent : null,
            from.Value, to, population);
    }

    private static DateOnly? Date(Func<string, string> get, string column, string? file, int line, ImmutableArray<Problem>.Builder problems)
    {
        var text = get(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (Engine.PeopleFormat.ParseDate(text) is { } date)
        {
            return date;
        }

        problems.Add(UnitFileProblems.BadDate(file, line, column, text));
        return null;
    }

    /// <summary>A level by its name only: Enum.TryParse also takes numbers ("+44", found by scripts/fuzz).</summary>
    private static bool TryLevel(string text, out UnitLevel level)
    {
        var name = Enum.GetNames<UnitLevel>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        level = name is null ? default : Enum.Parse<UnitLevel>(name);
        return name is not null;
    }

    private static string DefaultType(UnitLevel level) => level switch
    {
        UnitLevel.Province => "tỉnh",
        UnitLevel.Ministry => "bộ",
        UnitLevel.Department => "sở",
        UnitLevel.District => "huyện",
        UnitLevel.Commune => "xã",
    };
}
