using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Frameworks;

namespace ChiSo.Files.Tests.Frameworks;

public class CriteriaSheetTests
{
    private const string Header =
        "framework,decision,main_index_code,main_index_name,main_index_max_points,component_code,component_name,component_max_points,"
        + "criterion_code,criterion_name,criterion_max_points,scoring_rule,data_source,source,note";

    [Fact]
    public void ImportCsv_CommuneSample_Yields6GroupsAnd62ItemsWithTheirMaxima()
    {
        var (framework, problems) = Import("dti_commune_tayninh_2025_sample.csv");

        // The sample leaves the name of group 4.22 blank (line 41 is its first item).
        Assert.Equal(("XL109", Severity.Warning, 41), problems.Select(p => (p.Code, p.Severity, p.At.Line)).Single());
        AssertCommuneSample(framework!);
        Assert.Equal("dti-commune-tayninh-2025-sample", framework!.Id);
        Assert.Equal(2025, framework.Edition); // "kỳ đánh giá năm 2025" in the framework column
        Assert.Null(framework.LegalBasis);     // the decision cell says the number is unknown
        Assert.Contains("không xác định được số hiệu", framework.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportCsv_Dii885_Yields6GroupsWithDecisionMaximaAndIgnoresTheProcessRow()
    {
        var (framework, problems) = Import("dii_885.csv");

        // Maxima from QĐ 885/QĐ-BTTTT as reported by kinhtevadubao.vn (see Data/README.md): 80/60/20/30/20/90.
        Assert.Equal([80.0, 60, 20, 30, 20, 90], framework!.Tree.Select(n => n.MaxPoints!.Value));
        Assert.Equal(["1", "2", "3", "4", "5", "6"], framework.Tree.Select(n => n.Code));
        Assert.All(framework.Tree, n => Assert.True(n.IsLeaf));
        Assert.Equal(new LegalBasis("885/QĐ-BTTTT", new DateOnly(2023, 5, 25)), framework.LegalBasis);
        Assert.Equal(2023, framework.Edition);
        var ignored = Assert.Single(problems);
        Assert.Equal(("XL102", Severity.Warning, 8), (ignored.Code, ignored.Severity, ignored.At.Line));
        Assert.Contains("Trình tự đánh giá", ignored.MessageVi, StringComparison.Ordinal);
        Assert.Contains("Ghi chú: 4 tiêu chí thành phần", framework.Tree[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportCsv_ScoringRule_IsKeptAsDescriptionNotAsFormula()
    {
        var csv = Header + "\n"
            + "Bộ A,123/QĐ-UBND ngày 2/1/2024,1,Nhận thức số,20,1.1,Ban chỉ đạo,20,,,,\"Họp 4 lần/năm: 20 điểm; ít hơn: 0 điểm\",tự báo cáo,,\n";

        var (framework, problems) = CriteriaSheet.ImportCsv(new StringReader(csv), "a.csv");

        Assert.Empty(problems);
        var criterion = Assert.Single(framework!.Tree[0].Children);
        Assert.Null(criterion.Score);
        Assert.Empty(criterion.Inputs);
        Assert.Equal("Cách chấm điểm theo văn bản ban hành: Họp 4 lần/năm: 20 điểm; ít hơn: 0 điểm\nNguồn dữ liệu: tự báo cáo", criterion.Description);
    }

    [Fact]
    public void ImportCsv_SeveralFrameworks_AsksToChooseUnlessOneIsNamed()
    {
        var csv = Header + "\nBộ A,,1,Nhận thức số,20,,,,,,,,,,\nBộ B,,1,Thể chế số,30,,,,,,,,,,\n";

        var (none, problems) = CriteriaSheet.ImportCsv(new StringReader(csv), "a.csv");
        var (chosen, _) = CriteriaSheet.ImportCsv(new StringReader(csv), "a.csv", new CriteriaImportOptions { Framework = "Bộ B", Edition = 2024 });

        Assert.Null(none);
        Assert.Equal("XL101", Assert.Single(problems).Code);
        Assert.Equal("Thể chế số", Assert.Single(chosen!.Tree).Name);
    }

    [Fact]
    public void ImportCsv_BadPointsAndMissingColumn_ReportProblemsWithPlace()
    {
        var bad = Header + "\nBộ A 2024,,1,Nhận thức số,hai mươi,,,,,,,,,,\n";
        var noMax = "main_index_code,main_index_name\n1,Nhận thức số\n";

        var (_, badProblems) = CriteriaSheet.ImportCsv(new StringReader(bad), "a.csv");
        var (_, columnProblems) = CriteriaSheet.ImportCsv(new StringReader(noMax), "b.csv");

        Assert.Equal(("XL004", 2, 5), badProblems.Where(p => p.Severity == Severity.Error).Select(p => (p.Code, p.At.Line, p.At.Column)).Single());
        Assert.Equal(("XL003", "b.csv"), columnProblems.Select(p => (p.Code, p.File!)).Single());
    }

    internal static void AssertCommuneSample(FrameworkDefinition framework)
    {
        // Maxima: the main_index_max_points column of the sample; each equals the sum of its items' maxima.
        Assert.Equal([80.0, 100, 100, 520, 80, 80], framework.Tree.Select(n => n.MaxPoints!.Value));
        var leaves = framework.Tree.SelectMany(Leaves).ToList();
        Assert.Equal(62, leaves.Count);
        Assert.Equal(960, leaves.Sum(l => l.MaxPoints!.Value)); // 80 + 100 + 100 + 520 + 80 + 80
        Assert.All(leaves, l => Assert.True(l.Inputs.IsEmpty && l.Score is null));
        var group422 = framework.Tree[3].Children.Single(n => n.Code == "4.22");
        Assert.Null(group422.MaxPoints);                         // not given: the sum of its 11 items
        Assert.Equal(11, group422.Children.Length);
        Assert.Equal(30, group422.Children.Single(n => n.Code == "4.22.10").MaxPoints);
        Assert.Contains(framework.Tree[3].Children, n => n.Code == "4.10" && n.MaxPoints == 10);
    }

    internal static (FrameworkDefinition?, System.Collections.Immutable.ImmutableArray<Problem>) Import(string name)
    {
        using var reader = new StreamReader(DataPath(name));
        return CriteriaSheet.ImportCsv(reader, name);
    }

    internal static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    private static IEnumerable<FrameworkNode> Leaves(FrameworkNode node) =>
        node.IsLeaf ? [node] : node.Children.SelectMany(Leaves);
}
