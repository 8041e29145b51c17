namespace ChiSo.Cli.Tests.Commands;

/// <summary>Command lines a new user gets wrong: each gets one sentence and the documented exit code, never a stack trace.</summary>
public class RefusalTests
{
    [Fact]
    public void Template_DemoWithoutUnits_SaysWhatIsMissing()
    {
        using var temp = new TempFolder();

        var run = CliRunner.Run("template", "--framework", RepositoryRoot.Of("frameworks", "dii-2023.yaml"), "--demo", "3", "--out", temp.File("t.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--units", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("t.csv")));
    }

    [Fact]
    public void Template_DemoWithAnEmptyUnitList_IsAnInputProblem()
    {
        using var temp = new TempFolder();
        var units = temp.Write("units.csv", "uCode,uName\n");

        var run = CliRunner.Run("template", "--framework", RepositoryRoot.Of("frameworks", "dii-2023.yaml"), "--units", units, "--demo", "3", "--out", temp.File("t.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("không có đơn vị nào", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "khong-co.yaml")]
    [InlineData("convert", "khong-co.yaml", "--to", "xlsx")]
    [InlineData("template", "--framework", "khong-co.yaml", "--out", "t.csv")]
    [InlineData("compute", "--framework", "khong-co.yaml", "--data", "khong-co.csv", "--format", "csv")]
    public void Verb_MissingFile_ExitsThreeAsDocumented(params string[] args)
    {
        using var temp = new TempFolder();
        var inTemp = args.Select(a => a.EndsWith(".yaml", StringComparison.Ordinal) || a.EndsWith(".csv", StringComparison.Ordinal) ? temp.File(a) : a).ToArray();

        var run = CliRunner.Run(inTemp);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Không tìm thấy tệp", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingAndBrokenFiles_ExitsThreeAndReportsBoth()
    {
        using var temp = new TempFolder();
        var broken = temp.Write("hong.yaml", "id: test\nedition: 2024\ntitle: Một\ntitle: Hai\ntree:\n  - code: \"1\"\n    name: Một\n    max: 10\n    max: 11\n");

        var run = CliRunner.Run("validate", broken, temp.File("khong-co.yaml"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("hong.yaml:4:1: lỗi FW007", run.Err, StringComparison.Ordinal);
        Assert.Contains("hong.yaml:9:5: lỗi FW007", run.Err, StringComparison.Ordinal);
        Assert.Contains("khong-co.yaml: lỗi IO001", run.Err, StringComparison.Ordinal);
    }
}
