using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using YamlDotNet.RepresentationModel;

namespace ChiSo.Files.Yaml;

/// <summary>Reading the tree: nodes, inputs, options and evidence rules.</summary>
internal sealed partial class FrameworkYamlReader
{
    private ImmutableArray<FrameworkNode> Nodes(YamlFields owner, string key, string? parentCode, int level = 1)
    {
        var nodes = ImmutableArray.CreateBuilder<FrameworkNode>();
        var items = Items(owner.Sequence(key), key).ToList();
        if (items.Count > 0 && level > FrameworkLimits.MaxTreeDepth)
        {
            problems.Error(FrameworkProblemCodes.Document, items[0],
                $"Cây chỉ số sâu hơn {FrameworkLimits.MaxTreeDepth} cấp (dưới \"{parentCode}\"). Hãy gộp bớt các cấp.",
                $"The tree is deeper than {FrameworkLimits.MaxTreeDepth} levels (under \"{parentCode}\"). Merge some levels.");
            return [];
        }

        foreach (var map in items)
        {
            nodes.Add(Node(map, parentCode, level));
        }

        return nodes.ToImmutable();
    }

    private FrameworkNode Node(YamlMappingNode map, string? parentCode, int level)
    {
        var code = map.Children.TryGetValue(new YamlScalarNode("code"), out var c) && c is YamlScalarNode { Value: { } v } ? v : null;
        var place = code is not null
            ? new Bilingual($"nút \"{code}\"", $"node \"{code}\"")
            : parentCode is not null
                ? new Bilingual($"một nút con của \"{parentCode}\"", $"a child of \"{parentCode}\"")
                : new Bilingual("một nút gốc của \"tree\"", "a root node of \"tree\"");
        var f = new YamlFields(map, place, FrameworkKeys.Node, problems);
        var defaults = new FrameworkNode { Code = "", Name = "" };
        var scoreNode = f.Node("score") as YamlScalarNode;
        return new FrameworkNode
        {
            Code = f.Text("code", required: true) ?? "",
            Name = f.Text("name", required: true) ?? "",
            NameEn = f.Text("name_en"),
            MaxPoints = f.Number("max"),
            Cap = f.Bool("cap") ?? false,
            Scored = f.Bool("scored") ?? true,
            Weight = f.Number("weight") ?? defaults.Weight,
            Direction = f.Integer("direction") ?? defaults.Direction,
            Description = f.Text("description"),
            Lead = f.Text("lead"),
            Source = f.Word("source", FrameworkKeys.Sources) ?? InputSource.SelfReport,
            Inputs = Inputs(f, code),
            Score = f.Text("score"),
            ScoreAt = scoreNode is null ? SourceSpan.None : ContentAt(scoreNode),
            Checks = Checks(f, code),
            Evidence = Evidence(f),
            Children = Nodes(f, "children", code ?? parentCode, level + 1),
            At = f.At,
        };
    }

    private ImmutableArray<InputDefinition> Inputs(YamlFields node, string? code)
    {
        var inputs = ImmutableArray.CreateBuilder<InputDefinition>();
        foreach (var map in Items(node.Sequence("inputs"), "inputs"))
        {
            var id = map.Children.TryGetValue(new YamlScalarNode("id"), out var i) && i is YamlScalarNode { Value: { } v } ? v : "?";
            var f = new YamlFields(map, new($"đầu vào \"{id}\" của \"{code}\"", $"input \"{id}\" of \"{code}\""), FrameworkKeys.Input, problems);
            var type = f.Word("type", FrameworkKeys.InputTypes);
            if (!f.Has("type"))
            {
                f.Missing("type");
            }

            inputs.Add(new InputDefinition
            {
                Id = f.Text("id", required: true) ?? "",
                Type = type ?? InputType.Number,
                Label = f.Text("label"),
                Min = f.Number("min"),
                Max = f.Number("max"),
                Within = Within(f),
                Unit = f.Text("unit"),
                Options = Options(f),
                At = f.At,
            });
        }

        return inputs.ToImmutable();
    }

    private ImmutableArray<ChoiceOption> Options(YamlFields input)
    {
        var options = ImmutableArray.CreateBuilder<ChoiceOption>();
        foreach (var (key, label) in (IEnumerable<KeyValuePair<YamlNode, YamlNode>>?)input.Mapping("options")?.Children ?? [])
        {
            if (key is YamlScalarNode { Value: { } k } && label is YamlScalarNode { Value: var l })
            {
                options.Add(new ChoiceOption(k, l ?? ""));
            }
            else
            {
                problems.WrongType(label, "options", "mỗi lựa chọn viết dạng khóa: Nhãn hiển thị", "each option written as key: Label shown");
            }
        }

        return options.ToImmutable();
    }

    private ImmutableArray<InputCheck> Checks(YamlFields node, string? code)
    {
        var checks = ImmutableArray.CreateBuilder<InputCheck>();
        foreach (var map in Items(node.Sequence("checks"), "checks"))
        {
            var f = new YamlFields(map, new($"một điều kiện kiểm tra của \"{code}\"", $"a check of \"{code}\""), FrameworkKeys.Check, problems);
            var ruleNode = f.Node("rule") as YamlScalarNode;
            checks.Add(new InputCheck
            {
                Rule = f.Text("rule", required: true) ?? "",
                Message = f.Text("message"),
                MessageEn = f.Text("message_en"),
                Severity = f.Word("severity", FrameworkKeys.Severities) ?? CheckSeverity.Error,
                At = f.At,
                RuleAt = ruleNode is null ? SourceSpan.None : ContentAt(ruleNode),
            });
        }

        return checks.ToImmutable();
    }

    // `within: period`, or `within: { period: true, from: 2026-01-01, to: 2026-12-31 }`.
    private DateWindow? Within(YamlFields input)
    {
        var node = input.Node("within");
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            if (scalar.Value == FrameworkKeys.Period)
            {
                return new DateWindow(Period: true);
            }

            problems.WrongType(node, "within", "\"period\" (kỳ đánh giá) hoặc một bảng { from, to }", "\"period\" (the assessment period) or a mapping { from, to }");
            return null;
        }

        if (input.Mapping("within") is not { } map)
        {
            return null;
        }

        var f = new YamlFields(map, new("\"within\"", "\"within\""), FrameworkKeys.Within, problems);
        return new DateWindow(f.Bool("period") ?? false, f.Date("from"), f.Date("to"));
    }

    private EvidenceRule? Evidence(YamlFields node)
    {
        if (node.Mapping("evidence") is not { } map)
        {
            return null;
        }

        var f = new YamlFields(map, new("\"evidence\"", "\"evidence\""), FrameworkKeys.Evidence, problems);
        return new EvidenceRule(f.Bool("required") ?? false, f.Text("note"));
    }
}
