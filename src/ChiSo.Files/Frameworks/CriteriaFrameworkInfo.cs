using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Frameworks;

/// <summary>The framework-level facts of a criteria list: which framework, its id, edition, title and decision.</summary>
internal static partial class CriteriaFrameworkInfo
{
    /// <summary>The rows of the chosen framework, or null (with a problem) when the choice is missing or wrong.</summary>
    public static List<CriteriaRow>? Select(List<CriteriaRow> rows, string file, string? wanted, List<Problem> problems)
    {
        var names = rows.Select(r => r.Text("framework")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted is not null)
        {
            if (!names.Contains(wanted, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(CriteriaProblems.FrameworkNotFound(file, wanted, names));
                return null;
            }

            return [.. rows.Where(r => r.Text("framework") is null || string.Equals(r.Text("framework"), wanted, StringComparison.OrdinalIgnoreCase))];
        }

        if (names.Count > 1)
        {
            problems.Add(CriteriaProblems.SeveralFrameworks(file, names));
            return null;
        }

        return rows;
    }

    public static FrameworkDefinition Header(
        List<CriteriaRow> rows, string file, string fileName, CriteriaImportOptions options, string? listNote, List<Problem> problems)
    {
        var title = rows.Select(r => r.Text("framework")).FirstOrDefault(t => t is not null);
        var decision = rows.Select(r => r.Text("decision")).FirstOrDefault(t => t is not null);
        var sources = rows.Select(r => r.Text("source")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var legalBasis = decision is null ? null : ParseDecision(decision);
        var edition = options.Edition ?? Year(title) ?? legalBasis?.Date?.Year;
        if (edition is null)
        {
            problems.Add(CriteriaProblems.NoEdition(file));
        }

        var notes = new List<string>();
        if (decision is not null && legalBasis is null)
        {
            notes.Add("Văn bản ban hành: " + decision);
        }

        if (listNote is not null)
        {
            notes.Add("Ghi chú: " + listNote);
        }

        if (sources.Count > 0)
        {
            notes.Add("Nguồn: " + string.Join("; ", sources));
        }

        return new FrameworkDefinition
        {
            Id = options.Id ?? IdFrom(fileName),
            Edition = edition ?? 0,
            Title = title ?? Path.GetFileNameWithoutExtension(fileName),
            LegalBasis = legalBasis,
            Notes = notes.Count == 0 ? null : string.Join("\n", notes),
        };
    }

    /// <summary>"885/QĐ-BTTTT ngày 25/5/2023 (Cục Viễn thông)" → number 885/QĐ-BTTTT, date 2023-05-25.</summary>
    public static LegalBasis? ParseDecision(string decision)
    {
        var number = DecisionNumber().Match(decision);
        if (!number.Success)
        {
            return null;
        }

        var date = DecisionDate().Match(decision);
        DateOnly? day = null;
        if (date.Success && DateOnly.TryParseExact(
                $"{date.Groups[1].Value}/{date.Groups[2].Value}/{date.Groups[3].Value}", "d/M/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
        }

        return new LegalBasis(number.Groups[1].Value, day);
    }

    private static int? Year(string? text) =>
        text is not null && YearPattern().Match(text) is { Success: true } m ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;

    private static string IdFrom(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).Normalize(NormalizationForm.FormD);
        var id = new StringBuilder();
        foreach (var c in stem)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(char.ToLowerInvariant(c));
            }
            else if (c is 'đ' or 'Đ')
            {
                id.Append('d');
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        return id.ToString().Trim('-');
    }

    [GeneratedRegex(@"^\s*(\d+[^\s,/]*/[^\s,(]+)")]
    private static partial Regex DecisionNumber();

    [GeneratedRegex(@"ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})")]
    private static partial Regex DecisionDate();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex YearPattern();
}
