using System.Collections.Immutable;
using System.Globalization;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Frameworks;

/// <summary>
/// Builds the tree main index → component → criterion from the rows of one framework of a criteria list.
/// Every row names its ancestors again; the deepest coded level of a row is the node the row is about.
/// </summary>
internal sealed class CriteriaTreeBuilder(string file, List<Problem> problems)
{
    private static readonly (string Code, string Name, string Max)[] Levels =
    [
        ("main_index_code", "main_index_name", "main_index_max_points"),
        ("component_code", "component_name", "component_max_points"),
        ("criterion_code", "criterion_name", "criterion_max_points"),
    ];

    private readonly List<Draft> roots = [];
    private readonly Dictionary<string, Draft> byPath = new(StringComparer.Ordinal);

    /// <summary>Points of a row without codes that carries points (a "(tổng)" row), if any.</summary>
    public double? Total { get; private set; }

    public void Add(CriteriaRow row, bool notesGoToNodes)
    {
        var coded = Enumerable.Range(0, Levels.Length).Where(l => row.Text(Levels[l].Code) is not null).ToList();
        if (coded.Count == 0)
        {
            AddUncoded(row);
            return;
        }

        Draft? parent = null;
        foreach (var level in coded)
        {
            parent = Place(row, level, coded[^1], parent);
        }

        if (parent is not null && parent.Line == row.Line)
        {
            parent.Description = Describe(row, notesGoToNodes);
        }
    }

    public ImmutableArray<FrameworkNode> Build() => [.. roots.Select(Build)];

    private void AddUncoded(CriteriaRow row)
    {
        var name = Levels.Select(l => row.Text(l.Name)).FirstOrDefault(n => n is not null) ?? "";
        var points = Levels.Select(l => Number(row, l.Max)).FirstOrDefault(p => p is not null);
        if (points is { } total)
        {
            Total = total;
            problems.Add(CriteriaProblems.TotalRow(file, row.Line, name, total));
        }
        else
        {
            problems.Add(CriteriaProblems.ProcessRowIgnored(file, row.Line, name));
        }
    }

    /// <summary>Finds or creates the node of <paramref name="level"/> named by the row, under <paramref name="parent"/>.</summary>
    private Draft? Place(CriteriaRow row, int level, int deepest, Draft? parent)
    {
        var (codeKey, nameKey, maxKey) = Levels[level];
        var code = row.Text(codeKey)!;
        var name = row.Text(nameKey);
        var max = Number(row, maxKey);
        var path = (parent?.Path ?? "") + "/" + code;
        if (byPath.TryGetValue(path, out var existing))
        {
            if ((name is not null && name != existing.Name) || (max is not null && max != existing.Max))
            {
                problems.Add(CriteriaProblems.Inconsistent(file, row.At(codeKey), code, existing.Line));
            }

            existing.Max ??= max;
            return existing;
        }

        if (name is null && level == deepest)
        {
            problems.Add(WorkbookProblems.Empty(file, row.At(nameKey), nameKey));
        }
        else if (name is null)
        {
            // Lists often leave a grouping row's name blank (the commune sample's 4.22); its items still make sense.
            problems.Add(CriteriaProblems.UnnamedGroup(file, row.At(nameKey), code));
        }

        var draft = new Draft(path, code, name ?? code, row.Line, row.At(codeKey)) { Max = max };
        byPath[path] = draft;
        (parent?.Children ?? roots).Add(draft);
        return draft;
    }

    private double? Number(CriteriaRow row, string key)
    {
        var text = row.Text(key);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(WorkbookProblems.NotANumber(file, row.At(key), key, text));
        return null;
    }

    /// <summary>The decision's scoring rule is prose, not ChiSo's formula language, so it is kept as description.</summary>
    private static string? Describe(CriteriaRow row, bool withNote)
    {
        var parts = new List<string>();
        if (row.Text("scoring_rule") is { } rule)
        {
            parts.Add("Cách chấm điểm theo văn bản ban hành: " + rule);
        }

        if (row.Text("data_source") is { } source)
        {
            parts.Add("Nguồn dữ liệu: " + source);
        }

        if (withNote && row.Text("note") is { } note)
        {
            parts.Add("Ghi chú: " + note);
        }

        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    private FrameworkNode Build(Draft draft)
    {
        if (draft.Children.Count == 0 && draft.Max is null)
        {
            problems.Add(CriteriaProblems.LeafWithoutMax(file, draft.At, draft.Code));
        }

        return new FrameworkNode
        {
            Code = draft.Code,
            Name = draft.Name,
            MaxPoints = draft.Max,
            Description = draft.Description,
            Children = [.. draft.Children.Select(Build)],
            At = draft.At,
        };
    }

    private sealed class Draft(string path, string code, string name, int line, SourceSpan at)
    {
        public string Path { get; } = path;
        public string Code { get; } = code;
        public string Name { get; } = name;
        public int Line { get; } = line;
        public SourceSpan At { get; } = at;
        public double? Max { get; set; }
        public string? Description { get; set; }
        public List<Draft> Children { get; } = [];
    }
}
