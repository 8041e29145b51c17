namespace ChiSo.Cli.Tests;

public class VerbTests
{
    [Fact]
    public void Validate_BadFramework_ListsEveryProblemWithLineAndColumnAndExitsOne()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bad.yaml", """
            id: x
            edition: 2025
            title: Thử
            tree:
              - code: "1"
                name: Nhóm
                max: 30
                children:
                  - code: "1.1"
                    name: Tiêu chí
                    max: 10
                    inputs: [{ id: a, type: number }]
                    score: a + foo(a)
                  - code: "1.1"
                    name: Trùng mã
                    max: 10
            """);

        var run = CliRunner.Run("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.yaml:5:", run.Err, StringComparison.Ordinal);   // 30 ≠ 10 + 10
        Assert.Contains("bad.yaml:13:", run.Err, StringComparison.Ordinal);  // unknown function foo
        Assert.Contains("foo", run.Err, StringComparison.Ordinal);
        Assert.Contains("1.1", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);  // no stack trace
    }

    [Fact]
    public void Validate_RootWithoutMax_SummaryCountsItsChildrensPoints()
    {
        using var temp = new TempFolder();
        var file = temp.Write("goc.yaml", """
            id: goc
            edition: 2026
            title: Bộ thử
            tree:
              - code: "1"
                name: Nhóm không ghi điểm tối đa
                children:
                  - { code: "1.1", name: Một, max: 10, inputs: [{ id: a, type: yes_no }], score: "if(a, max, 0)" }
                  - { code: "1.2", name: Hai, max: 5, inputs: [{ id: b, type: yes_no }], score: "if(b, max, 0)" }
            """);

        // The root's maximum is its children's 10 + 5 (the summary used to count a root without max as 0).
        var run = CliRunner.Run("validate", file);

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("2 tiêu chí, 15 điểm", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedYaml_PointsAtTheLine()
    {
        using var temp = new TempFolder();
        var file = temp.Write("broken.yaml", "id: x\nedition: 2025\ntitle: \"không đóng ngoặc\ntree: []\n");

        var run = CliRunner.Run("validate", file, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"broken\.yaml:\d+:\d+: error", run.Err);
    }

    [Fact]
    public void Validate_MissingFile_SaysSo()
    {
        var run = CliRunner.Run("validate", "khong-co.yaml");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Không tìm thấy tệp", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_YamlToXlsxAndBack_GivesAValidEquivalentFramework()
    {
        using var temp = new TempFolder();
        var xlsx = temp.File("dii.xlsx");
        var yaml = temp.File("dii.yaml");

        var toXlsx = CliRunner.Run("convert", RepositoryRoot.Of("frameworks", "dii-2023.yaml"), "--to", "xlsx", "--out", xlsx);
        var toYaml = CliRunner.Run("convert", xlsx, "--to", "yaml", "--out", yaml);
        var validate = CliRunner.Run("validate", yaml);

        Assert.True(toXlsx.ExitCode == 0, toXlsx.Err);
        Assert.True(toYaml.ExitCode == 0, toYaml.Err);
        Assert.True(validate.ExitCode == 0, validate.Err);
        Assert.Contains("24 tiêu chí, 300 điểm", validate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_OfficialCriteriaCsv_BecomesAFrameworkWithTheOfficialMaxima()
    {
        using var temp = new TempFolder();
        var yaml = temp.File("xa.yaml");

        var run = CliRunner.Run("convert", RepositoryRoot.Of("tests", "ChiSo.Files.Tests", "Data", "dti_commune_tayninh_2025_sample.csv"), "--to", "yaml", "--out", yaml);

        Assert.True(run.ExitCode == 0, run.Err);
        var validate = CliRunner.Run("validate", yaml);
        Assert.True(validate.ExitCode == 0, validate.Err);
        Assert.Contains("62 tiêu chí, 960 điểm", validate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_Demo_IsReproducibleAndScores()
    {
        using var temp = new TempFolder();
        var units = temp.Write("units.csv", "uCode,uName\n01,Thành phố Hà Nội\n02,Tỉnh Hà Giang\n");
        var (a, b) = (temp.File("a.csv"), temp.File("b.csv"));
        var framework = RepositoryRoot.Of("frameworks", "dti-tinh-2022.yaml");

        var first = CliRunner.Run("template", "--framework", framework, "--units", units, "--demo", "7", "--out", a);
        CliRunner.Run("template", "--framework", framework, "--units", units, "--demo", "7", "--out", b);
        var compute = CliRunner.Run("compute", "--framework", framework, "--data", a, "--format", "csv");

        Assert.True(first.ExitCode == 0, first.Err);
        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        Assert.StartsWith("uCode,uName,1.1:", File.ReadAllText(a), StringComparison.Ordinal);
        Assert.Contains("\n01,Thành phố Hà Nội,", compute.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Unit_ShowsRulesInputsAndPointsLost()
    {
        var run = CliRunner.Run("explain", "--framework", RepositoryRoot.Of("frameworks", "dti-tinh-2022.yaml"),
            "--data", RepositoryRoot.Of("demo", "dti-tinh-2022-demo.csv"), "--unit", "48", "--node", "1");

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("Thành phố Đà Nẵng (48)", run.Out, StringComparison.Ordinal);
        Assert.Contains("công thức: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("đầu vào: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("/ 100,00", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownUnit_SaysWhichCode()
    {
        var run = CliRunner.Run("explain", "--framework", RepositoryRoot.Of("frameworks", "dti-tinh-2022.yaml"),
            "--data", RepositoryRoot.Of("demo", "dti-tinh-2022-demo.csv"), "--unit", "999");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'999'", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_XlsxOutput_IsAWorkbook()
    {
        using var temp = new TempFolder();
        var output = temp.File("r.xlsx");

        var run = CliRunner.Run("compute", "--framework", RepositoryRoot.Of("frameworks", "dii-2023.yaml"), "--data", RepositoryRoot.Of("demo", "dii-2023-demo.csv"), "--out", output);

        Assert.True(run.ExitCode == 0, run.Err);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public void Compute_MetaAndFrameworkTogether_IsAUsageError()
    {
        var run = CliRunner.Run("compute", "--meta", "a.csv", "--framework", "b.yaml", "--data", "c.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("đúng một", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_XlsxDataTable_ScoresTheSameAsCsv()
    {
        using var temp = new TempFolder();
        var units = temp.Write("units.csv", "uCode,uName\n01,Thành phố Hà Nội\n02,Tỉnh Hà Giang\n04,Tỉnh Cao Bằng\n");
        var framework = RepositoryRoot.Of("frameworks", "dii-2023.yaml");
        var (csv, xlsx) = (temp.File("d.csv"), temp.File("d.xlsx"));
        CliRunner.Run("template", "--framework", framework, "--units", units, "--demo", "3", "--out", csv);
        CliRunner.Run("template", "--framework", framework, "--units", units, "--demo", "3", "--out", xlsx);

        var fromCsv = CliRunner.Run("compute", "--framework", framework, "--data", csv, "--format", "csv");
        var fromXlsx = CliRunner.Run("compute", "--framework", framework, "--data", xlsx, "--format", "csv");

        Assert.True(fromXlsx.ExitCode == 0, fromXlsx.Err);
        Assert.Equal(fromCsv.Out, fromXlsx.Out);
        Assert.Contains("\n04,Tỉnh Cao Bằng,", fromXlsx.Out, StringComparison.Ordinal);
    }
}
