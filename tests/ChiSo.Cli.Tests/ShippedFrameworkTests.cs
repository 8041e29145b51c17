using System.Globalization;

namespace ChiSo.Cli.Tests;

/// <summary>The shipped frameworks, end to end through the command line, against published figures.</summary>
public class ShippedFrameworkTests
{
    [Fact]
    public void Compute_Dti2022PublishedMainIndexValues_ReproducesThePublishedDtiAndRanks()
    {
        // Top five of 2022 (dti.gov.vn/xep-hang-2022): main-index values 1–5 and 7–9, given as values (--given value).
        using var temp = new TempFolder();
        var data = temp.Write("dti2022.csv", """
            uCode,uName,1,2,3,4,5,7,8,9
            48,TP. Đà Nẵng,1.0000,0.9000,0.8253,0.8487,0.7578,0.8575,0.7836,0.5197
            79,TP. Hồ Chí Minh,0.8917,0.9000,0.8258,0.6267,0.5580,0.8406,0.7611,0.3590
            22,Quảng Ninh,0.9581,0.9000,0.7648,0.6250,0.5382,0.8385,0.5904,0.4505
            46,Thừa Thiên - Huế,0.9500,0.9000,0.6823,0.6794,0.6423,0.8262,0.6787,0.3001
            92,TP. Cần Thơ,0.9000,0.8000,0.7233,0.7376,0.7226,0.7325,0.7556,0.2947
            """);
        var output = temp.File("r.csv");

        var run = CliRunner.Run("compute", "--framework", RepositoryRoot.Of("frameworks", "dti-tinh-2022.yaml"), "--data", data, "--given", "value", "--out", output);

        Assert.True(run.ExitCode == 0, run.Err);
        var rows = File.ReadAllLines(output).Select(l => l.Split(',')).ToList();
        var dti = Array.IndexOf(rows[0], "dti-tinh");
        var rank = Array.IndexOf(rows[0], "dti-tinh.rank");
        double[] published = [0.8002, 0.7163, 0.7024, 0.6975, 0.6924];
        for (var i = 0; i < 5; i++)
        {
            // Inputs and outputs are published rounded to 4 decimals: together they allow 0.0001.
            Assert.InRange(Math.Abs(double.Parse(rows[i + 1][dti], CultureInfo.InvariantCulture) - published[i]), 0, 0.0001);
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), rows[i + 1][rank]);
        }

        // The pillars (H1, ADR 0025) are columns like nodes: Đà Nẵng CQS = (433,18 + 171,5) / 700, ranked 1 of 5.
        var cqs = Array.IndexOf(rows[0], "CQS");
        Assert.True(cqs > 0 && Array.IndexOf(rows[0], "XHS.rank") > 0, string.Join(",", rows[0]));
        Assert.Equal(604.68 / 700, double.Parse(rows[1][cqs], CultureInfo.InvariantCulture), 1e-4);
        Assert.Equal("1", rows[1][Array.IndexOf(rows[0], "CQS.rank")]);
    }

    [Fact]
    public void Compute_DataWithAViewColumn_WarnsAndIgnoresIt()
    {
        // An exported ranking read back carries pillar columns: they are computed, so they are not data.
        using var temp = new TempFolder();
        var data = temp.Write("dti.csv", "uCode,uName,1,2,3,4,5,7,8,9,CQS\n48,TP. Đà Nẵng,1,0.9,0.8253,0.8487,0.7578,0.8575,0.7836,0.5197,0.5\n");
        var output = temp.File("r.csv");

        var run = CliRunner.Run("compute", "--framework", RepositoryRoot.Of("frameworks", "dti-tinh-2022.yaml"), "--data", data, "--given", "value", "--out", output);

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("DT005", run.Err + run.Out, StringComparison.Ordinal);
        var rows = File.ReadAllLines(output).Select(l => l.Split(',')).ToList();
        Assert.Equal(604.68 / 700, double.Parse(rows[1][Array.IndexOf(rows[0], "CQS")], CultureInfo.InvariantCulture), 1e-4);
    }

    [Fact]
    public void Compute_QuangTriDiiRound1GroupScores_Totals109Point34()
    {
        // Seed article: Quảng Trị, DII round 1, group scores 7.5 + 43 + 0 + 0 + 0 + 58.84 = 109.34 (rank 43 of 63).
        using var temp = new TempFolder();
        var data = temp.Write("dii.csv", "uCode,uName,1,2,3,4,5,6\n45,Quảng Trị,7.5,43,0,0,0,58.84\n");

        var run = CliRunner.Run("compute", "--framework", RepositoryRoot.Of("frameworks", "dii-2023.yaml"), "--data", data, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("\"dii\": 109.34", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dti-tinh-2022")]
    [InlineData("dii-2023")]
    [InlineData("dti-xa-2025")]
    [InlineData("dti-so-nganh-2023")]
    public void Compute_ShippedDemoData_ScoresEveryUnitWithoutProblems(string name)
    {
        var run = CliRunner.Run("compute", "--framework", RepositoryRoot.Of("frameworks", name + ".yaml"), "--data", RepositoryRoot.Of("demo", name + "-demo.csv"), "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Equal("", run.Err);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var units = File.ReadAllLines(RepositoryRoot.Of("demo", name + "-demo.csv")).Length - 1;
        Assert.Equal(units + 1, lines.Length);
    }

    [Fact]
    public void Validate_ShippedFrameworks_AllValid()
    {
        var files = Directory.GetFiles(RepositoryRoot.Of("frameworks"), "*.yaml");

        var run = CliRunner.Run(["validate", .. files]);

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Equal(4, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith('✓')));
        Assert.Contains("98 tiêu chí, 1.000 điểm", run.Out, StringComparison.Ordinal);
    }
}
