using System.Collections.Immutable;
using ChiSo.Engine.Frameworks;
using YamlDotNet.RepresentationModel;

namespace ChiSo.Files.Yaml;

/// <summary>Reading the views (ADR 0025): <c>views:</c> after the tree, each with <c>of:</c> codes or code/weight pairs.</summary>
internal sealed partial class FrameworkYamlReader
{
    private ImmutableArray<FrameworkView> Views(YamlFields root)
    {
        var views = ImmutableArray.CreateBuilder<FrameworkView>();
        foreach (var map in Items(root.Sequence("views"), "views"))
        {
            // The validator bounds the count; reading stops one past it, so a huge list costs nothing more.
            if (views.Count > FrameworkView.MaxCount)
            {
                break;
            }

            var code = map.Children.TryGetValue(new YamlScalarNode("code"), out var c) && c is YamlScalarNode { Value: { } v } ? v : "?";
            var f = new YamlFields(map, new($"góc nhìn \"{code}\"", $"view \"{code}\""), FrameworkKeys.View, problems);
            views.Add(new FrameworkView
            {
                Code = f.Text("code", required: true) ?? "",
                Name = f.Text("name", required: true) ?? "",
                NameEn = f.Text("name_en"),
                Rule = f.Word("rule", FrameworkKeys.ViewRules) ?? ViewRule.Sum,
                Of = Parts(f, code),
                Illustrative = f.Bool("illustrative") ?? false,
                Notes = f.Text("notes"),
                At = f.At,
            });
        }

        return views.ToImmutable();
    }

    /// <summary>A part is a code (weight 1) or a mapping <c>{ code: CQS, weight: 0.4 }</c>.</summary>
    private ImmutableArray<ViewPart> Parts(YamlFields view, string code)
    {
        if (!view.Has("of"))
        {
            view.Missing("of");
            return [];
        }

        var parts = ImmutableArray.CreateBuilder<ViewPart>();
        foreach (var item in view.Sequence("of")?.Children ?? [])
        {
            if (parts.Count > FrameworkView.MaxParts)
            {
                break;
            }

            switch (item)
            {
                case YamlScalarNode { Value: { } text } scalar:
                    parts.Add(new ViewPart(text) { At = YamlProblems.At(scalar) });
                    break;
                case YamlMappingNode map:
                    var f = new YamlFields(map, new($"một thành phần của góc nhìn \"{code}\"", $"a part of view \"{code}\""), FrameworkKeys.ViewPart, problems);
                    parts.Add(new ViewPart(f.Text("code", required: true) ?? "", f.Number("weight") ?? 1) { At = f.At });
                    break;
                default:
                    problems.WrongType(item, "of", "một mã hoặc { code: MÃ, weight: TRỌNG_SỐ }", "a code or { code: CODE, weight: WEIGHT }");
                    break;
            }
        }

        return parts.ToImmutable();
    }
}
