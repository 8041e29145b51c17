namespace ChiSo.Cli.Tests;

public class ComputeFrameworkTests
{
    private const string Framework = """
        id: thu-nghiem
        edition: 2025
        title: Bộ chỉ số thử nghiệm
        display: { as: points, decimals: 2 }
        tree:
          - code: "1"
            name: Nhận thức số
            max: 20
            children:
              - code: "1.1"
                name: Tỷ lệ cán bộ được tập huấn
                max: 10
                inputs:
                  - { id: trained, type: integer, min: 0 }
                  - { id: staff, type: integer, min: 1 }
                score: max * clamp(ratio(trained, staff) / 0.8, 0, 1)
              - code: "1.2"
                name: Có kế hoạch chuyển đổi số
                max: 10
                inputs:
                  - { id: plan, type: yes_no }
                score: if(plan, max, 0)
        """;

    [Fact]
    public void Compute_PointsFramework_WritesPointsAndRanks()
    {
        using var temp = new TempFolder();
        var framework = temp.Write("f.yaml", Framework);
        // A: 40/100 trained → 10 × 0.5 = 5, plan → 10: 15. B: 80/100 → 10, no plan: 10. C: 8/10 → 10, plan: 20.
        var data = temp.Write("d.csv", "uCode,uName,1.1:trained,1.1:staff,1.2:plan\nA,Xã A,40,100,có\nB,Xã B,80,100,không\nC,Xã C,8,10,có\n");
        var output = temp.File("r.csv");

        var run = CliRunner.Run("compute", "--framework", framework, "--data", data, "--out", output);

        Assert.True(run.ExitCode == 0, run.Err);
        var lines = File.ReadAllLines(output);
        Assert.Equal("uCode,uName,thu-nghiem,1,thu-nghiem.rank,1.rank", lines[0]);
        Assert.Equal("A,Xã A,15,15,2,2", lines[1]);
        Assert.Equal("B,Xã B,10,10,3,3", lines[2]);
        Assert.Equal("C,Xã C,20,20,1,1", lines[3]);
    }

    [Fact]
    public void Compute_CellThatIsNotANumber_FailsWithLineAndWritesNothing()
    {
        using var temp = new TempFolder();
        var framework = temp.Write("f.yaml", Framework);
        var data = temp.Write("d.csv", "uCode,uName,1.1:trained,1.1:staff,1.2:plan\nA,Xã A,bốn mươi,100,có\nA,Xã A2,1,2,có\n");
        var output = temp.File("r.csv");

        var run = CliRunner.Run("compute", "--framework", framework, "--data", data, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("d.csv:2:", run.Err, StringComparison.Ordinal);
        Assert.Contains("bốn mươi", run.Err, StringComparison.Ordinal);
        Assert.Contains("d.csv:3:", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void Compute_UnknownColumn_NamesTheColumnAndHowToNameIt()
    {
        using var temp = new TempFolder();
        var framework = temp.Write("f.yaml", Framework);
        var data = temp.Write("d.csv", "uCode,uName,1.1:trainde\nA,Xã A,4\n");

        var run = CliRunner.Run("compute", "--framework", framework, "--data", data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("trainde", run.Err, StringComparison.Ordinal);
        Assert.Contains("trained, staff", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_English_PrintsEnglishMessages()
    {
        using var temp = new TempFolder();
        var framework = temp.Write("f.yaml", Framework);
        var data = temp.Write("d.csv", "uCode,uName,1.1:trained\nA,Xã A,x\n");

        var run = CliRunner.Run("compute", "--framework", framework, "--data", data, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a whole number", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_English_TitlesTheTableWithTheFrameworksEnglishTitle()
    {
        using var temp = new TempFolder();
        var framework = temp.Write("f.yaml", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "frameworks", "dii-2023.yaml")));
        var template = temp.File("d.csv");
        Assert.Equal(0, CliRunner.Run("template", "--framework", framework, "--units", Units(temp), "--demo", "1", "--out", template).ExitCode);

        var english = CliRunner.Run("compute", "--framework", framework, "--data", template, "--lang", "en");
        var vietnamese = CliRunner.Run("compute", "--framework", framework, "--data", template);

        Assert.True(english.ExitCode == 0, english.Err);
        Assert.StartsWith("Digital Infrastructure Index of provinces (DII)", english.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Digital Infrastructure Index", vietnamese.Out, StringComparison.Ordinal);
    }

    private static string Units(TempFolder temp) => temp.Write("units.csv", "uCode,uName\n01,Hà Nội\n02,Hà Giang\n");

    [Fact]
    public void Compute_TableFormat_UsesVietnameseNumbers()
    {
        using var temp = new TempFolder();
        var framework = temp.Write("f.yaml", Framework);
        var data = temp.Write("d.csv", "uCode,uName,1.1:trained,1.1:staff,1.2:plan\nA,Xã A,1,3,có\n");

        var run = CliRunner.Run("compute", "--framework", framework, "--data", data);

        Assert.True(run.ExitCode == 0, run.Err);
        // 10 × (1/3) / 0.8 = 4.1666… → 14,17 with a decimal comma.
        Assert.Contains("14,17", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_CompositeFramework_NormalisesAndAggregatesLikeCoinr()
    {
        using var temp = new TempFolder();
        var framework = temp.Write("c.yaml", """
            id: ha-tang
            edition: 2025
            title: Chỉ số tổng hợp thử
            aggregation: composite
            tree:
              - code: A
                name: Nhóm A
                children:
                  - { code: a1, name: Tốc độ băng rộng }
                  - { code: a2, name: Giá cước, direction: -1 }
              - code: B
                name: Nhóm B
                weight: 3
                children:
                  - { code: b1, name: Phủ sóng 5G }
            """);
        var data = temp.Write("d.csv", "uCode,uName,a1,a2,b1\nX,Tỉnh X,0,5,2\nY,Tỉnh Y,10,15,4\n");
        var output = temp.File("r.csv");

        var run = CliRunner.Run("compute", "--framework", framework, "--data", data, "--out", output);

        // Min-max 0–100, a2 flipped: X → A 50, B 0, total 12.5; Y → A 50, B 100, total 87.5.
        Assert.True(run.ExitCode == 0, run.Err);
        var lines = File.ReadAllLines(output);
        Assert.Equal("uCode,uName,A,B,ha-tang,A.rank,B.rank,ha-tang.rank", lines[0]);
        Assert.Equal("X,Tỉnh X,50,0,12.5,1,2,2", lines[1]);
        Assert.Equal("Y,Tỉnh Y,50,100,87.5,1,1,1", lines[2]);
    }
}
