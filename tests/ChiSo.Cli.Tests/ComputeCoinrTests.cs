using System.Globalization;

namespace ChiSo.Cli.Tests;

/// <summary>
/// The exact command line of the COINr interchange, checked against results computed independently from
/// COINr's published formulas (tools/reference/coinr_reference.py, golden files in ChiSo.Engine.Tests): the CSV
/// holds each score's shortest round-trip text, so reading it back must give the very same double.
/// </summary>
public class ComputeCoinrTests
{
    private static string Asem(string file) => RepositoryRoot.Of("tests", "ChiSo.Engine.Tests", "ReferenceResults", "asem", file);

    private static string Golden(string file) => RepositoryRoot.Of("tests", "ChiSo.Engine.Tests", "ReferenceResults", file);

    [Theory]
    [InlineData("asem_minmax_amean.csv", "none", "none", "minmax:0,100", "amean")]
    [InlineData("asem_meanimp_zscore_amean.csv", "mean", "none", "zscore:10,2", "amean")]
    [InlineData("asem_minmax1_gmean.csv", "none", "none", "minmax:1,100", "gmean")]
    [InlineData("asem_minmax1_hmean.csv", "none", "none", "minmax:1,100", "hmean")]
    [InlineData("asem_zscore_amean.csv", "none", "none", "zscore:0,1", "amean")]
    public void Compute_Asem_IsBitIdenticalToIndependentReference(string golden, string impute, string treat, string normalise, string aggregate)
    {
        using var temp = new TempFolder();
        var output = temp.File("results.csv");

        var run = CliRunner.Run("compute", "--meta", Asem("asem_iMeta.csv"), "--data", Asem("asem_iData.csv"),
            "--impute", impute, "--treat", treat, "--normalise", normalise, "--aggregate", aggregate, "--out", output);

        Assert.True(run.ExitCode == 0, run.Err);
        var results = ReadResults(output);
        var expected = File.ReadAllLines(Golden(golden)).Skip(1).Select(l => l.Split(','))
            .Where(f => results.ContainsKey((f[0], f[1])))
            .ToList();
        Assert.Equal(51 * 11, expected.Count);
        foreach (var f in expected)
        {
            var (score, rank) = results[(f[0], f[1])];
            var want = f[2].Length == 0 ? double.NaN : double.Parse(f[2], CultureInfo.InvariantCulture);
            Assert.True(score.Equals(want), $"{f[0]} {f[1]}: {score:R} vs {want:R}");
            Assert.Equal(f[3].Length == 0 ? 0 : int.Parse(f[3], CultureInfo.InvariantCulture), rank);
        }
    }

    [Fact]
    public void Compute_Asem_HeaderHasScoresThenRanksOfEveryAggregate()
    {
        using var temp = new TempFolder();
        var output = temp.File("results.csv");

        var run = CliRunner.Run("compute", "--meta", Asem("asem_iMeta.csv"), "--data", Asem("asem_iData.csv"), "--out", output);

        Assert.Equal(0, run.ExitCode);
        var header = File.ReadLines(output).First();
        Assert.StartsWith("uCode,uName,Physical,ConEcFin,Political,Instit,P2P,Environ,Social,SusEcFin,Conn,Sust,Index,Physical.rank,", header, StringComparison.Ordinal);
        Assert.EndsWith(",Conn.rank,Sust.rank,Index.rank", header, StringComparison.Ordinal);
        Assert.Equal(52, File.ReadAllLines(output).Length);
    }

    [Theory]
    [InlineData("--normalise", "minmax:100,0", "minmax:L,U")]
    [InlineData("--aggregate", "median", "amean")]
    [InlineData("--impute", "group-mean", "group-mean:")]
    [InlineData("--treat", "winsorise:many", "winsorise[:N]")]
    public void Compute_BadOption_SaysWhatIsAllowedAndWritesNothing(string option, string value, string hint)
    {
        using var temp = new TempFolder();
        var output = temp.File("results.csv");

        var run = CliRunner.Run("compute", "--meta", Asem("asem_iMeta.csv"), "--data", Asem("asem_iData.csv"), option, value, "--out", output);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(hint, run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Compute_MetaWithUnknownParentDuplicateUnitAndTextCell_ListsEveryProblemWithItsLine()
    {
        using var temp = new TempFolder();
        var meta = temp.Write("iMeta.csv", """
            Level,iCode,iName,Direction,Weight,Parent,Type
            1,a,A,1,1,P,Indicator
            1,b,B,1,1,Q,Indicator
            2,P,Pillar,1,1,Index,Aggregate
            3,Index,Index,1,1,,Aggregate
            """);
        var data = temp.Write("iData.csv", "uCode,uName,a,b\nX,X,1,2\nY,Y,hai,3\nX,X2,3,4\n");
        var output = temp.File("results.csv");

        var run = CliRunner.Run("compute", "--meta", meta, "--data", data, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("iMeta.csv:3:", run.Err, StringComparison.Ordinal);
        Assert.Contains("'Q'", run.Err.Replace('"', '\''), StringComparison.Ordinal);
        Assert.Contains("iData.csv:3:", run.Err, StringComparison.Ordinal);
        Assert.Contains("hai", run.Err, StringComparison.Ordinal);
        Assert.Contains("iData.csv:4:", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Compute_DataWithoutAnIndicatorColumn_NamesTheColumn()
    {
        using var temp = new TempFolder();
        var meta = temp.Write("iMeta.csv", "Level,iCode,iName,Direction,Weight,Parent,Type\n1,a,A,1,1,Index,Indicator\n1,b,B,1,1,Index,Indicator\n2,Index,Index,1,1,,Aggregate\n");
        var data = temp.Write("iData.csv", "uCode,uName,a\nX,X,1\nY,Y,2\n");

        var run = CliRunner.Run("compute", "--meta", meta, "--data", data, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'b'", run.Err.Replace('"', '\''), StringComparison.Ordinal);
    }

    private static Dictionary<(string Unit, string Node), (double Score, int Rank)> ReadResults(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var result = new Dictionary<(string, string), (double, int)>();
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            for (var c = 2; c < header.Length; c++)
            {
                if (header[c].EndsWith(".rank", StringComparison.Ordinal))
                {
                    continue;
                }

                var rankColumn = Array.IndexOf(header, header[c] + ".rank");
                var score = f[c].Length == 0 ? double.NaN : double.Parse(f[c], CultureInfo.InvariantCulture);
                var rank = f[rankColumn].Length == 0 ? 0 : int.Parse(f[rankColumn], CultureInfo.InvariantCulture);
                result[(f[0], header[c])] = (score, rank);
            }
        }

        return result;
    }
}
