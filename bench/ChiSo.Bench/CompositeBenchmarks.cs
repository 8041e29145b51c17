using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ChiSo.Engine.Composite;
using ChiSo.Engine.Composite.Coinr;
using ChiSo.Files.Csv;

namespace ChiSo.Bench;

/// <summary>The engine alone: min-max [0, 100] + arithmetic mean + ranks for every node.</summary>
[MemoryDiagnoser]
public class CompositeBenchmarks
{
    private CompositeModel _model = null!;
    private Dataset _data = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var meta = CsvTableReader.Read(new StringReader(SyntheticCoin.IMeta()), "iMeta.csv");
        _model = CoinrMeta.Read(meta.Table!).Model!;
        var values = SyntheticCoin.Values(Units);
        var codes = Enumerable.Range(0, Units).Select(u => "U" + u.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToImmutableArray();
        var columns = Enumerable.Range(0, SyntheticCoin.Indicators).ToImmutableDictionary(i => "I" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), i => values[i]);
        _data = new Dataset(codes, codes, [], columns);
    }

    [Benchmark]
    public CompositeResult MinMaxMeanRanks() => CompositeCalculator.Compute(_model, _data);

    [Benchmark]
    public CompositeResult MinMaxMeanAggregateRanksOnly() =>
        CompositeCalculator.Compute(_model, _data, new CompositeOptions { RankIndicators = false });
}

/// <summary>Reading and interpreting iMeta + iData CSV for 10,000 units × 300 indicators.</summary>
[MemoryDiagnoser]
public class CsvReadBenchmarks
{
    private string _meta = "";
    private string _data = "";

    [GlobalSetup]
    public void Setup()
    {
        _meta = SyntheticCoin.IMeta();
        using var writer = new StringWriter();
        SyntheticCoin.WriteIData(writer, 10_000, SyntheticCoin.Values(10_000));
        _data = writer.ToString();
    }

    [Benchmark]
    public CoinrImport ReadCoinr10k() =>
        CoinrTables.Interpret(CsvTableReader.Read(new StringReader(_meta), "iMeta.csv"), CsvTableReader.Read(new StringReader(_data), "iData.csv"));
}
