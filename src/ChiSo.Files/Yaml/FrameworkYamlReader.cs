using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Ranking;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChiSo.Files.Yaml;

/// <summary>Maps a parsed YAML document onto the framework model, reporting every problem on the way.</summary>
internal sealed partial class FrameworkYamlReader(YamlProblems problems, string[] lines)
{
    private static readonly Bilingual RootPlace = new("phần đầu của tệp", "the top level of the file");

    public FrameworkDefinition Framework(YamlMappingNode root)
    {
        var f = new YamlFields(root, RootPlace, FrameworkKeys.Root, problems);
        var tree = Nodes(f, "tree", parentCode: null);
        if (!f.Has("tree"))
        {
            f.Missing("tree");
        }

        return new FrameworkDefinition
        {
            Id = f.Text("id", required: true) ?? "",
            Edition = f.Integer("edition") ?? (f.Has("edition") ? 0 : MissingEdition(f)),
            Title = f.Text("title", required: true) ?? "",
            TitleEn = f.Text("title_en"),
            LegalBasis = LegalBasis(f),
            UnitLevel = f.Text("unit_level"),
            Illustrative = f.Bool("illustrative") ?? false,
            Notes = f.Text("notes"),
            Groups = Groups(f),
            Display = Display(f),
            Ranking = Ranking(f),
            Aggregation = f.Word("aggregation", FrameworkKeys.Aggregations) ?? AggregationFamily.Points,
            Tree = tree,
            Views = Views(f),
            At = f.At,
        };
    }

    private static int MissingEdition(YamlFields f)
    {
        f.Missing("edition");
        return 0;
    }

    private LegalBasis? LegalBasis(YamlFields root)
    {
        if (root.Mapping("legal_basis") is not { } map)
        {
            return null;
        }

        var f = new YamlFields(map, new("\"legal_basis\"", "\"legal_basis\""), FrameworkKeys.LegalBasis, problems);
        return new LegalBasis(f.Text("number", required: true) ?? "", f.Date("date"));
    }

    private ImmutableArray<ComparisonGroup> Groups(YamlFields root)
    {
        var groups = ImmutableArray.CreateBuilder<ComparisonGroup>();
        foreach (var map in Items(root.Sequence("groups"), "groups"))
        {
            var f = new YamlFields(map, new("một nhóm so sánh (\"groups\")", "a comparison group (\"groups\")"), FrameworkKeys.Group, problems);
            groups.Add(new ComparisonGroup(f.Text("code", required: true) ?? "", f.Text("name", required: true) ?? "", f.Bool("ranked") ?? true) { At = f.At });
        }

        return groups.ToImmutable();
    }

    private DisplayOptions Display(YamlFields root)
    {
        if (root.Mapping("display") is not { } map)
        {
            return new DisplayOptions();
        }

        var f = new YamlFields(map, new("\"display\"", "\"display\""), FrameworkKeys.Display, problems);
        var defaults = new DisplayOptions();
        return new DisplayOptions
        {
            Total = f.Number("total"),
            As = f.Word("as", FrameworkKeys.DisplayAs) ?? defaults.As,
            Decimals = f.Integer("decimals") ?? defaults.Decimals,
            At = f.At,
        };
    }

    private RankingOptions Ranking(YamlFields root)
    {
        if (root.Mapping("ranking") is not { } map)
        {
            return new RankingOptions();
        }

        var f = new YamlFields(map, new("\"ranking\"", "\"ranking\""), FrameworkKeys.Ranking, problems);
        return new RankingOptions { RoundDecimals = f.Integer("round"), At = f.At };
    }

    /// <summary>The mappings of a list; any other item is reported.</summary>
    private IEnumerable<YamlMappingNode> Items(YamlSequenceNode? sequence, string key)
    {
        foreach (var item in sequence?.Children ?? [])
        {
            if (item is YamlMappingNode map)
            {
                yield return map;
            }
            else
            {
                problems.WrongType(item, key, "mỗi mục của danh sách là một bảng khóa: giá trị", "each list item to be a mapping of key: value");
            }
        }
    }

    /// <summary>Where the first character of a scalar's content is: inside quotes, or on the line after <c>|</c>.</summary>
    private SourceSpan ContentAt(YamlScalarNode scalar)
    {
        var at = YamlProblems.At(scalar);
        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                return at with { Column = at.Column + 1 };
            case ScalarStyle.Literal or ScalarStyle.Folded:
                for (var line = at.Line + 1; line <= lines.Length; line++)
                {
                    var text = lines[line - 1];
                    if (text.Trim().Length > 0)
                    {
                        return new SourceSpan(line, text.Length - text.TrimStart().Length + 1);
                    }
                }

                return at;
            default:
                return at;
        }
    }
}
