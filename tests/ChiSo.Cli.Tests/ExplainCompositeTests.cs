using System.Text.Json;

namespace ChiSo.Cli.Tests;

/// <summary><c>chiso explain</c> on a composite: the ASEM example through COINr's iMeta/iData.</summary>
public class ExplainCompositeTests
{
    private static string Asem(string file) => RepositoryRoot.Of("tests", "ChiSo.Engine.Tests", "ReferenceResults", "asem", file);

    [Fact]
    public void Explain_AsemIndexAsJson_ChildrenContributionsSumToTheScore()
    {
        var run = CliRunner.Run("explain", "--meta", Asem("asem_iMeta.csv"), "--data", Asem("asem_iData.csv"), "--unit", "AUT", "--format", "json", "--depth", "1");

        Assert.True(run.ExitCode == 0, run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("Index", root.GetProperty("code").GetString());
        var children = root.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(["Conn", "Sust"], children.Select(c => c.GetProperty("code").GetString()));
        Assert.All(children, c => Assert.Equal(0.5, c.GetProperty("weightUsed").GetDouble()));
        var sum = children.Sum(c => c.GetProperty("contribution").GetDouble());
        Assert.Equal(root.GetProperty("score").GetDouble(), sum, 1e-12);
    }

    [Fact]
    public void Explain_AsemIndicator_TracesRawValueToTheNormalisedScore()
    {
        // LPI of Austria: raw 4,097985; min-max over the 51 units (min 2,067254, max 4,225967) gives 94,0714 (the
        // reference's score, tests/ChiSo.Engine.Tests/ReferenceResults/asem_minmax_amean.csv).
        var run = CliRunner.Run("explain", "--meta", Asem("asem_iMeta.csv"), "--data", Asem("asem_iData.csv"), "--unit", "AUT", "--node", "LPI", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var trace = json.RootElement.GetProperty("trace");
        Assert.Equal(4.097985, trace.GetProperty("raw").GetDouble());
        Assert.Equal(2.067254, trace.GetProperty("parameterA").GetDouble());
        Assert.Equal(4.225967, trace.GetProperty("parameterB").GetDouble());
        Assert.Equal(94.07137493497287, trace.GetProperty("normalised").GetDouble());
    }

    [Fact]
    public void Explain_MissingValueImputed_ShowsTheImputationStepInVietnamese()
    {
        // Italy has no Poverty value in the ASEM data.
        var run = CliRunner.Run("explain", "--meta", Asem("asem_iMeta.csv"), "--data", Asem("asem_iData.csv"), "--unit", "ITA", "--node", "Poverty", "--impute", "mean");

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("giá trị gốc – → điền thiếu: ", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("điền thiếu: không", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NoFrameworkAndNoMeta_IsAUsageError()
    {
        var run = CliRunner.Run("explain", "--data", Asem("asem_iData.csv"), "--unit", "AUT");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--meta", run.Err, StringComparison.Ordinal);
    }
}
