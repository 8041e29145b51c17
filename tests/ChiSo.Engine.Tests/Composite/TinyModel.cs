using System.Collections.Immutable;
using ChiSo.Engine.Composite;

namespace ChiSo.Engine.Tests.Composite;

/// <summary>Small hand-made models and data for the pipeline tests.</summary>
internal static class TinyModel
{
    /// <summary>Indicators a, b, c (directions and weights given) under one aggregate "Top".</summary>
    public static CompositeModel Model(params (string Code, int Direction, double Weight)[] indicators)
    {
        var rows = indicators.Select(i => new CompositeNode(i.Code, i.Code, 1, NodeType.Indicator, i.Direction, i.Weight, "Top"))
            .Append(new CompositeNode("Top", "Top", 2, NodeType.Aggregate, 1, 1, null))
            .Append(new CompositeNode("Grp", "Grp", 0, NodeType.Group, 1, 1, null))
            .ToList();
        var build = CompositeModel.Build(rows);
        Assert.Empty(build.Problems);
        return build.Model!;
    }

    public static Dataset Data(string?[]? groups = null, params (string Code, double[] Values)[] columns)
    {
        var n = columns[0].Values.Length;
        var codes = Enumerable.Range(1, n).Select(i => "U" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToImmutableArray();
        var groupColumns = groups is null ? ImmutableArray<GroupColumn>.Empty : [new GroupColumn("Grp", [.. groups])];
        return new Dataset(codes, codes, groupColumns, columns.ToImmutableDictionary(c => c.Code, c => c.Values));
    }
}
