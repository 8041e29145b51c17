using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Ranking;

namespace ChiSo.Files.Frameworks;

/// <summary>Reads the key/value rows of the framework sheet into a framework without a tree.</summary>
internal static class FrameworkHeaderReader
{
    private static readonly string[] RequiredKeys = ["id", "edition", "title"];

    public static FrameworkDefinition? Read(SheetTable table, List<Problem> problems)
    {
        var rowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows())
        {
            var key = table.Text(row, "key");
            if (key is null)
            {
                continue;
            }

            if (WorkbookLayout.FrameworkKeys.Any(k => string.Equals(k.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                rowOf.TryAdd(key, row);
            }
            else
            {
                problems.Add(WorkbookProblems.UnknownKey(table.File, table.At(row, "key"), key));
            }
        }

        var before = problems.Count;
        foreach (var key in RequiredKeys.Where(k => !rowOf.ContainsKey(k)))
        {
            problems.Add(WorkbookProblems.MissingKey(table.File, key, WorkbookLayout.FrameworkKeys.First(k => k.Key == key).Label));
        }

        string? Text(string key) => rowOf.TryGetValue(key, out var row) ? table.Text(row, "value") : null;
        string? Required(string key) => rowOf.TryGetValue(key, out var row) ? table.RequiredText(row, "value") : null;
        double? Number(string key) => rowOf.TryGetValue(key, out var row) ? table.Number(row, "value") : null;
        int? Integer(string key) => rowOf.TryGetValue(key, out var row) ? table.Integer(row, "value") : null;
        T? Word<T>(string key)
            where T : struct, Enum => rowOf.TryGetValue(key, out var row) ? table.Word<T>(row, "value") : null;

        var id = Required("id");
        var edition = rowOf.TryGetValue("edition", out var editionRow) ? table.Integer(editionRow, "value") : null;
        var title = Required("title");
        var number = Text("legal_basis_number");
        var date = rowOf.TryGetValue("legal_basis_date", out var dateRow) ? table.Date(dateRow, "value") : null;
        var illustrative = rowOf.TryGetValue("illustrative", out var flagRow) ? table.Flag(flagRow, "value") : null;
        var framework = new FrameworkDefinition
        {
            Id = id ?? "",
            Edition = edition ?? 0,
            Title = title ?? "",
            TitleEn = Text("title_en"),
            LegalBasis = number is null && date is null ? null : new LegalBasis(number ?? "", date),
            UnitLevel = Text("unit_level"),
            Illustrative = illustrative ?? false,
            Notes = Text("notes"),
            Display = new DisplayOptions
            {
                Total = Number("display_total"),
                As = Word<DisplayAs>("display_as") ?? DisplayAs.Value,
                Decimals = Integer("display_decimals") ?? new DisplayOptions().Decimals,
            },
            Ranking = new RankingOptions { RoundDecimals = Integer("ranking_round") },
            Aggregation = Word<AggregationFamily>("aggregation") ?? AggregationFamily.Points,
            At = new SourceSpan(1, 1),
        };
        if (edition is null && rowOf.TryGetValue("edition", out var emptyRow) && table.Text(emptyRow, "value") is null)
        {
            problems.Add(WorkbookProblems.Empty(table.File, table.At(emptyRow, "value"), "edition"));
        }

        return problems.Count == before ? framework : null;
    }
}
