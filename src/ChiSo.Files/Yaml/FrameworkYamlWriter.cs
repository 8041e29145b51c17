using System.Globalization;
using ChiSo.Engine.Frameworks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChiSo.Files.Yaml;

/// <summary>Writes the model back as YAML, leaving out values equal to their defaults.</summary>
internal static class FrameworkYamlWriter
{
    public static string Write(FrameworkDefinition f)
    {
        var root = new YamlMappingNode();
        Add(root, "id", Text(f.Id));
        Add(root, "edition", Num(f.Edition));
        Add(root, "title", Text(f.Title));
        Add(root, "title_en", Text(f.TitleEn));
        if (f.LegalBasis is { } legal)
        {
            var map = new YamlMappingNode { Style = YamlDotNet.Core.Events.MappingStyle.Flow };
            Add(map, "number", Text(legal.Number));
            Add(map, "date", legal.Date is { } d ? Plain(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null);
            Add(root, "legal_basis", map);
        }

        Add(root, "unit_level", Text(f.UnitLevel));
        Add(root, "illustrative", f.Illustrative ? Plain("true") : null);
        Add(root, "notes", Text(f.Notes));
        Add(root, "groups", f.Groups.IsDefaultOrEmpty ? null : new YamlSequenceNode(f.Groups.Select(Group)));
        Add(root, "display", Display(f.Display));
        Add(root, "ranking", f.Ranking.RoundDecimals is { } round ? new YamlMappingNode { { "round", Num(round) } } : null);
        Add(root, "aggregation", f.Aggregation == AggregationFamily.Points ? null : Plain(FrameworkKeys.WordOf(FrameworkKeys.Aggregations, f.Aggregation)));
        root.Add("tree", new YamlSequenceNode(f.Tree.Select(Node)));
        Add(root, "views", f.Views.IsDefaultOrEmpty ? null : new YamlSequenceNode(f.Views.Select(View)));

        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var yaml = writer.ToString();

        // YamlStream closes the document with "..."; a file ends at its last value.
        return yaml.EndsWith("...\n", StringComparison.Ordinal) ? yaml[..^4] : yaml;
    }

    private static YamlMappingNode View(FrameworkView v)
    {
        var map = new YamlMappingNode { { "code", Code(v.Code) }, { "name", Text(v.Name)! } };
        Add(map, "name_en", Text(v.NameEn));
        Add(map, "rule", Plain(FrameworkKeys.WordOf(FrameworkKeys.ViewRules, v.Rule)));
        map.Add("of", new YamlSequenceNode(v.Of.Select(p => p.Weight == 1
            ? (YamlNode)Code(p.Code)
            : new YamlMappingNode { { "code", Code(p.Code) }, { "weight", Num(p.Weight) } })) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow });
        Add(map, "illustrative", v.Illustrative ? Plain("true") : null);
        Add(map, "notes", Text(v.Notes));
        return map;
    }

    private static YamlMappingNode Group(ComparisonGroup g)
    {
        var map = new YamlMappingNode { { "code", Code(g.Code) }, { "name", Text(g.Name)! } };
        Add(map, "ranked", g.Ranked ? null : Plain("false"));
        return map;
    }

    private static YamlMappingNode? Display(DisplayOptions d)
    {
        var defaults = new DisplayOptions();
        if (d with { At = default } == defaults)
        {
            return null;
        }

        var map = new YamlMappingNode();
        Add(map, "total", d.Total is { } t ? Num(t) : null);
        Add(map, "as", Plain(FrameworkKeys.WordOf(FrameworkKeys.DisplayAs, d.As)));
        Add(map, "decimals", Num(d.Decimals));
        return map;
    }

    private static YamlMappingNode Node(FrameworkNode n)
    {
        var defaults = new FrameworkNode { Code = "", Name = "" };
        var map = new YamlMappingNode { { "code", Code(n.Code) }, { "name", Text(n.Name)! } };
        Add(map, "name_en", Text(n.NameEn));
        Add(map, "max", n.MaxPoints is { } max ? Num(max) : null);
        Add(map, "cap", n.Cap ? Plain("true") : null);
        Add(map, "scored", n.Scored ? null : Plain("false"));
        Add(map, "weight", n.Weight == defaults.Weight ? null : Num(n.Weight));
        Add(map, "direction", n.Direction == defaults.Direction ? null : Num(n.Direction));
        Add(map, "description", Text(n.Description));
        Add(map, "lead", Text(n.Lead));
        Add(map, "source", n.Source == defaults.Source ? null : Plain(FrameworkKeys.WordOf(FrameworkKeys.Sources, n.Source)));
        Add(map, "inputs", n.Inputs.IsDefaultOrEmpty ? null : new YamlSequenceNode(n.Inputs.Select(Input)));
        Add(map, "score", Text(n.Score));
        Add(map, "checks", n.Checks.IsDefaultOrEmpty ? null : new YamlSequenceNode(n.Checks.Select(Check)));
        if (n.Evidence is { } e)
        {
            var evidence = new YamlMappingNode { { "required", Plain(e.Required ? "true" : "false") } };
            Add(evidence, "note", Text(e.Note));
            map.Add("evidence", evidence);
        }

        Add(map, "children", n.IsLeaf ? null : new YamlSequenceNode(n.Children.Select(Node)));
        return map;
    }

    private static YamlMappingNode Input(InputDefinition i)
    {
        var map = new YamlMappingNode { { "id", Text(i.Id)! }, { "type", Plain(FrameworkKeys.WordOf(FrameworkKeys.InputTypes, i.Type)) } };
        Add(map, "label", Text(i.Label));
        Add(map, "min", i.Min is { } min ? Num(min) : null);
        Add(map, "max", i.Max is { } max ? Num(max) : null);
        Add(map, "within", Within(i.Within));
        Add(map, "unit", Text(i.Unit));
        if (!i.Options.IsDefaultOrEmpty)
        {
            var options = new YamlMappingNode();
            foreach (var option in i.Options)
            {
                options.Add(Text(option.Key)!, Text(option.Label)!);
            }

            map.Add("options", options);
        }

        return map;
    }

    private static YamlMappingNode Check(InputCheck c)
    {
        var map = new YamlMappingNode { { "rule", Text(c.Rule)! } };
        Add(map, "message", Text(c.Message));
        Add(map, "message_en", Text(c.MessageEn));
        Add(map, "severity", c.Severity == CheckSeverity.Error ? null : Plain(FrameworkKeys.WordOf(FrameworkKeys.Severities, c.Severity)));
        return map;
    }

    private static YamlNode? Within(DateWindow? w)
    {
        if (w is null)
        {
            return null;
        }

        if (w is { Period: true, From: null, To: null })
        {
            return Plain(FrameworkKeys.Period);
        }

        var map = new YamlMappingNode { Style = YamlDotNet.Core.Events.MappingStyle.Flow };
        Add(map, "period", w.Period ? Plain("true") : null);
        Add(map, "from", w.From is { } from ? Plain(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null);
        Add(map, "to", w.To is { } to ? Plain(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null);
        return map;
    }

    private static void Add(YamlMappingNode map, string key, YamlNode? value)
    {
        if (value is not null)
        {
            map.Add(key, value);
        }
    }

    private static YamlScalarNode Plain(string text) => new(text) { Style = ScalarStyle.Plain };

    private static YamlScalarNode Num(double value) => Plain(value.ToString("R", CultureInfo.InvariantCulture));

    private static YamlScalarNode Code(string code) => new(code) { Style = ScalarStyle.DoubleQuoted };

    /// <summary>Text that could be read as something else (a number, true, null) is quoted; several lines become a block.</summary>
    private static YamlScalarNode? Text(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var scalar = new YamlScalarNode(text);
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            scalar.Style = ScalarStyle.Literal;
        }
        else if (text.Length == 0 || YamlScalars.IsNull(scalar) || YamlScalars.TryNumber(scalar, out _) || YamlScalars.TryBool(scalar, out _))
        {
            scalar.Style = ScalarStyle.DoubleQuoted;
        }

        return scalar;
    }
}
