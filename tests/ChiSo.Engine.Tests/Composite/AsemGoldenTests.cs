using ChiSo.Engine.Composite;
using ChiSo.Engine.Composite.Coinr;

namespace ChiSo.Engine.Tests.Composite;

/// <summary>
/// The ASEM example (COINr's ASEM_iData/ASEM_iMeta) against results computed independently by
/// tools/reference/coinr_reference.py from COINr's documented formulas, with R's long double sums emulated in exact
/// fractions. Every score must be the same double, not merely close: ranks depend on exact equality. (The
/// reference files were also checked against R 4.2 + COINr 1.1.14 itself: all 561 aggregate scores of each variant
/// identical; bench/process/coinr-variant.R.)
/// </summary>
public class AsemGoldenTests
{
    private static CoinrImport Asem()
    {
        var import = CoinrTables.Interpret(ReferenceFiles.ReadTable("asem/asem_iMeta.csv"), ReferenceFiles.ReadTable("asem/asem_iData.csv"));
        Assert.True(import.Succeeded, string.Join("\n", import.Problems.Select(p => p.Format(Language.En))));
        return import;
    }

    public static TheoryData<string, CompositeOptions> Variants() => new()
    {
        { "asem_minmax_amean.csv", new CompositeOptions { RankIndicators = true } },
        { "asem_meanimp_zscore_amean.csv", new CompositeOptions { Imputation = ImputationMethod.ColumnMean, Normalisation = NormalisationMethod.ZScore, ZScoreMean = 10, ZScoreSd = 2, RankIndicators = true } },
        { "asem_minmax1_gmean.csv", new CompositeOptions { MinMaxLower = 1, Aggregation = AggregationMethod.GeometricMean, RankIndicators = true } },
        { "asem_minmax1_hmean.csv", new CompositeOptions { MinMaxLower = 1, Aggregation = AggregationMethod.HarmonicMean, RankIndicators = true } },
        { "asem_zscore_amean.csv", new CompositeOptions { Normalisation = NormalisationMethod.ZScore, RankIndicators = true } },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Compute_Asem_IsBitIdenticalToIndependentReference(string golden, CompositeOptions options) =>
        AssertGolden(golden, options, reuseColumns: false);

    [Theory]
    [MemberData(nameof(Variants))]
    public void Compute_Asem_ColumnsReused_IsBitIdenticalToIndependentReference(string golden, CompositeOptions options) =>
        AssertGolden(golden, options, reuseColumns: true);

    [Fact]
    public void Compute_ColumnsNotReused_LeavesTheDataAsItWas()
    {
        var import = Asem();
        var before = import.Data!.Columns.ToDictionary(c => c.Key, c => (double[])c.Value.Clone());

        CompositeCalculator.Compute(import.Model!, import.Data, new CompositeOptions());

        Assert.All(before, c => Assert.Equal(c.Value, import.Data.Columns[c.Key]));
    }

    private static void AssertGolden(string golden, CompositeOptions options, bool reuseColumns)
    {
        var import = Asem();

        var result = CompositeCalculator.Compute(import.Model!, import.Data!, options, reuseColumns);

        var expected = ReferenceFiles.ReadGolden(golden);
        Assert.Equal(51 * 60, expected.Count);
        var unitIndex = result.UnitCodes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        foreach (var (unit, node, score, rank) in expected)
        {
            var actual = result.ScoresOf(node)[unitIndex[unit]];
            if (double.IsNaN(score))
            {
                Assert.True(double.IsNaN(actual), $"{unit}/{node} should be missing");
            }
            else
            {
                Assert.True(BitConverter.DoubleToInt64Bits(score) == BitConverter.DoubleToInt64Bits(actual), $"{unit}/{node}: expected {score:R}, got {actual:R}");
            }

            Assert.Equal(rank, result.RanksOf(node)[unitIndex[unit]]);
        }
    }

    [Fact]
    public void Interpret_Asem_ReadsTheWholeTree()
    {
        var import = Asem();

        Assert.Equal(49, import.Model!.IndicatorCount);
        Assert.Equal(60, import.Model.Nodes.Length);
        Assert.Equal("Index", import.Model.Nodes[^1].Code);
        Assert.Equal(51, import.Data!.UnitCount);
        Assert.Equal(4, import.Data.Groups.Length);
        Assert.Equal(63, import.Data.Columns.Values.Sum(c => c.Count(double.IsNaN)));
        Assert.Empty(import.Problems);
    }
}
