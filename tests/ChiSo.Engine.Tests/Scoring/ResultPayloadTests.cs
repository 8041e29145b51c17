using ChiSo.Engine.Scoring;
using static ChiSo.Engine.Tests.Scoring.TestFrameworks;

namespace ChiSo.Engine.Tests.Scoring;

public class ResultPayloadTests
{
    private static ScoreSheet Scored(int units, int seed)
    {
        var (plan, _) = ScoringPlan.Create(Dti922MainIndices());
        var codes = Enumerable.Range(0, units).Select(i => $"Đ{i:D2}").ToArray();
        var data = new PointsDataset(plan!, [.. codes], [.. codes]);
        var random = new Random(seed);
        foreach (var leaf in plan!.Leaves)
        {
            // Values with every bit in use (no round numbers), a NaN gap and ties, so the round trip is tested hard.
            var column = Enumerable.Range(0, units).Select(_ => random.NextDouble() * plan.Nodes[leaf].MaxPoints).ToArray();
            column[1] = column[0];
            column[units - 1] = double.NaN;
            data.SetGivenPoints(leaf, column);
        }

        return PointsScorer.Score(data);
    }

    [Fact]
    public void Decode_EncodedSheet_GivesBackEveryDoubleBitForBit()
    {
        var sheet = Scored(40, 7);

        var stored = ResultPayload.Decode(ResultPayload.Encode(sheet));

        Assert.Equal(sheet.Plan.Nodes.Select(n => n.Code), stored.NodeCodes.AsEnumerable());
        Assert.Equal(sheet.Data.UnitCodes.AsEnumerable(), stored.UnitCodes.AsEnumerable());
        for (var n = 0; n < sheet.Plan.Nodes.Length; n++)
        {
            for (var u = 0; u < 40; u++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(sheet.Points(n, u)), BitConverter.DoubleToInt64Bits(stored.Points(n, u)));
                Assert.Equal(BitConverter.DoubleToInt64Bits(sheet.Value(n, u)), BitConverter.DoubleToInt64Bits(stored.Value(n, u)));
                Assert.Equal(sheet.Rank(n, u), stored.Rank(n, u));
                Assert.Equal(sheet.Incomplete(n, u), stored.Incomplete(n, u));
            }
        }
    }

    [Fact]
    public void Ranking_ReadBack_MatchesTheSheetsRanks()
    {
        var sheet = Scored(25, 3);

        var stored = ResultPayload.Decode(ResultPayload.Encode(sheet));

        var expected = Enumerable.Range(0, 25).OrderBy(u => sheet.Rank(0, u)).ThenBy(u => sheet.Data.UnitCodes[u], StringComparer.Ordinal);
        Assert.Equal(expected, stored.Ranking());
        Assert.Equal(sheet.Rank(0, 1), sheet.Rank(0, 0)); // units 0 and 1 tie on every criterion
    }

    [Fact]
    public void Encode_SameSheet_GivesTheSameBytes()
    {
        Assert.Equal(ResultPayload.Encode(Scored(10, 5)), ResultPayload.Encode(Scored(10, 5)));
    }

    [Fact]
    public void Decode_DamagedPayload_Throws()
    {
        var bytes = ResultPayload.Encode(Scored(5, 1));

        Assert.Throws<FormatException>(() => ResultPayload.Decode(bytes.AsSpan(0, bytes.Length - 1)));
        bytes[0] = (byte)'X';
        Assert.Throws<FormatException>(() => ResultPayload.Decode(bytes));
    }

    [Fact]
    public void Decode_UnscoredNode_KeepsNaNValuesAndRankZero()
    {
        var sheet = Scored(6, 2);
        Assert.True(sheet.Plan.TryGetIndex("6", out var unscored));

        var stored = ResultPayload.Decode(ResultPayload.Encode(sheet));

        Assert.True(double.IsNaN(stored.Value(unscored, 0)));
        Assert.Equal(0, stored.Rank(unscored, 0));
        Assert.True(stored.TryGetNode("6", out var found));
        Assert.Equal(unscored, found);
    }

    [Fact]
    public void Encode_EditionWithoutViews_StaysLayoutVersion1()
    {
        var bytes = ResultPayload.Encode(Scored(5, 1));

        Assert.Equal(1, BitConverter.ToUInt16(bytes, 4));
        Assert.Equal(0, ResultPayload.Decode(bytes).ViewCount);
    }

    [Fact]
    public void Decode_EditionWithViews_Version2_ViewsAfterTheNodesBitForBit()
    {
        var (plan, _) = ScoringPlan.Create(Dti922WithPillars());
        var data = new PointsDataset(plan!, ["A", "B", "C"], ["A", "B", "C"]);
        foreach (var leaf in plan!.Leaves)
        {
            data.SetGivenPoints(leaf, [plan.Nodes[leaf].MaxPoints * 0.3, plan.Nodes[leaf].MaxPoints * 0.71, double.NaN]);
        }

        var sheet = PointsScorer.Score(data);
        var bytes = ResultPayload.Encode(sheet);
        var stored = ResultPayload.Decode(bytes);

        Assert.Equal(2, BitConverter.ToUInt16(bytes, 4));
        Assert.Equal(3, stored.ViewCount);
        Assert.Equal(plan.Nodes.Select(n => n.Code).Concat(["CQS", "KTS", "XHS"]), stored.NodeCodes.AsEnumerable());
        for (var n = 0; n < plan.ColumnCount; n++)
        {
            for (var u = 0; u < 3; u++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(sheet.Points(n, u)), BitConverter.DoubleToInt64Bits(stored.Points(n, u)));
                Assert.Equal(BitConverter.DoubleToInt64Bits(sheet.Value(n, u)), BitConverter.DoubleToInt64Bits(stored.Value(n, u)));
                Assert.Equal(sheet.Rank(n, u), stored.Rank(n, u));
                Assert.Equal(sheet.Incomplete(n, u), stored.Incomplete(n, u));
            }
        }

        Assert.True(stored.TryGetNode("XHS", out var xhs));
        Assert.Equal(plan.Nodes.Length + 2, xhs);
        Assert.Equal(1, stored.Rank(xhs, 1));
        Assert.Throws<FormatException>(() => ResultPayload.Decode(bytes.AsSpan(0, bytes.Length - 1)));
    }
}
