using ChiSo.Engine.Frameworks;
using ChiSo.Files.Tests.Yaml;
using ChiSo.Files.Yaml;

namespace ChiSo.Files.Tests.Shipped;

/// <summary>
/// The shipped frameworks against the official figures. Reading only: full validation compiles the scoring rules
/// and lives in <see cref="ShippedFrameworkFormulaTests"/>.
/// </summary>
public class ShippedFrameworkTests
{
    private static FrameworkDefinition Read(string name)
    {
        var (framework, problems) = FrameworkYaml.Read(RepoFiles.ReadShipped(name), name);
        Assert.Empty(problems);
        return FrameworkTree.WithResolvedMaxima(framework!);
    }

    private static FrameworkNode Node(FrameworkDefinition f, string code) =>
        FrameworkTree.Descendants(f.Tree).Single(n => n.Code == code);

    [Theory]
    [MemberData(nameof(RepoFiles.ShippedNames), MemberType = typeof(RepoFiles))]
    public void WriteThenRead_ShippedFramework_GivesAnEqualModel(string name)
    {
        var (original, _) = FrameworkYaml.Read(RepoFiles.ReadShipped(name), name);

        var (again, problems) = FrameworkYaml.Read(FrameworkYaml.Write(original!), name);

        Assert.Empty(problems);
        Assert.Equal(ModelText.Of(original!), ModelText.Of(again!));
    }

    [Theory]
    [MemberData(nameof(RepoFiles.ShippedNames), MemberType = typeof(RepoFiles))]
    public void Validate_ShippedFrameworkWithoutItsRules_HasNoOtherError(string name)
    {
        // Without the scoring rules the validator does not need the formula compiler, so this checks codes, sums,
        // weights and inputs now; FW111 ("inputs but no rule") is then expected and left out.
        var (framework, _) = FrameworkYaml.Read(RepoFiles.ReadShipped(name), name);
        static FrameworkNode Strip(FrameworkNode n) => n with { Score = null, Children = [.. n.Children.Select(Strip)] };

        var problems = FrameworkValidator.Validate(framework! with { Tree = [.. framework!.Tree.Select(Strip)] }, name);

        Assert.Empty(problems.Where(p => p.Code != FrameworkProblemCodes.MissingScore).Select(p => p.Format(Engine.Language.En)));
    }

    [Fact]
    public void DtiTinh2022_DeclaresTheThreePillarsAsH1_MarkedIllustrative()
    {
        // findings_formulas.md §3: each pillar = the six foundation indices + its own activity index (stated);
        // summed as points over 500 + the activity index's max (H1, inferred).
        var f = Read("dti-tinh-2022.yaml");

        Assert.Equal(["CQS", "KTS", "XHS"], f.Views.Select(v => v.Code));
        Assert.Equal(["Chính quyền số", "Kinh tế số", "Xã hội số"], f.Views.Select(v => v.Name));
        string[] foundation = ["1", "2", "3", "4", "5", "6"];
        Assert.Equal([[.. foundation, "7"], [.. foundation, "8"], [.. foundation, "9"]], f.Views.Select(v => v.Of.Select(p => p.Code).ToArray()));
        Assert.All(f.Views, v =>
        {
            Assert.Equal(ViewRule.Sum, v.Rule);
            Assert.True(v.Illustrative);
            Assert.All(v.Of, p => Assert.Equal(1, p.Weight));
            Assert.Contains("suy ra", v.Notes, StringComparison.Ordinal);
            Assert.Contains("0,4·CQS", v.Notes, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void DtiTinh2022_MatchesQd922Table()
    {
        // QĐ 922/QĐ-BTTTT, Phụ lục 1, Bảng I.1 (shared domain data dti_provincial_structure_922.csv).
        var f = Read("dti-tinh-2022.yaml");
        (string Code, double Max, int Components)[] official =
            [("1", 100, 10), ("2", 100, 11), ("3", 100, 7), ("4", 100, 13), ("5", 100, 12), ("6", 0, 3), ("7", 200, 22), ("8", 150, 12), ("9", 150, 8)];

        Assert.Equal(["I", "II"], f.Tree.Select(n => n.Code));
        Assert.Equal([500.0, 500.0], f.Tree.Select(n => n.MaxPoints!.Value));
        foreach (var (code, max, components) in official)
        {
            var node = Node(f, code);
            Assert.Equal(max, node.MaxPoints);
            Assert.Equal(components, node.Children.Length);
        }

        Assert.False(Node(f, "6").Scored);
        Assert.Equal(98, f.Tree.Sum(g => g.Children.Sum(m => m.Children.Length)));
        Assert.Equal(1000, f.Display.Total);
        Assert.Equal(4, f.Ranking.RoundDecimals);
        Assert.True(f.Illustrative);
    }

    [Fact]
    public void Dii2023_MatchesQd885Groups()
    {
        // QĐ 885/QĐ-BTTTT: 80/4, 60/6, 20/1, 30/3, 20/1, 90/9 (shared domain data dii_885.csv).
        var f = Read("dii-2023.yaml");

        Assert.Equal(["1", "2", "3", "4", "5", "6"], f.Tree.Select(n => n.Code));
        Assert.Equal([80.0, 60, 20, 30, 20, 90], f.Tree.Select(n => n.MaxPoints!.Value));
        Assert.Equal([4, 6, 1, 3, 1, 9], f.Tree.Select(n => n.Children.Length));
        Assert.Equal(300, f.Tree.Sum(n => n.MaxPoints!.Value));
        Assert.Equal("Hạ tầng điện toán đám mây", f.Tree[2].Name);
    }

    [Fact]
    public void DtiXa2025_HasTheSixtyTwoItemsOfTheTayNinhList()
    {
        // dti_commune_tayninh_2025_sample.csv: 62 items; group sums 80, 100, 100, 520, 80, 80 = 960 (4.22.x = 230).
        var f = Read("dti-xa-2025.yaml");
        var leaves = FrameworkTree.Descendants(f.Tree).Where(n => n.IsLeaf).ToList();

        Assert.Equal(62, leaves.Count);
        Assert.Equal([80.0, 100, 100, 520, 80, 80], f.Tree.Select(n => n.MaxPoints!.Value));
        Assert.Equal(230, Node(f, "4.22").MaxPoints);
        Assert.Equal(11, Node(f, "4.22").Children.Length);
        Assert.Equal(960, f.Display.Total);
        Assert.False(f.Illustrative);
    }

    [Fact]
    public void DtiSoNganh2023_HasTwentyItemsInSixGroupsForTwoHundredPoints()
    {
        // Đồng Tháp's department set: 20 items, 6 groups, 200 points (dti_provincial_sets_partial.csv).
        var f = Read("dti-so-nganh-2023.yaml");

        Assert.Equal(6, f.Tree.Length);
        Assert.Equal(20, f.Tree.Sum(n => n.Children.Length));
        Assert.Equal(200, f.Tree.Sum(n => n.MaxPoints!.Value));
        Assert.Contains(f.Groups, g => !g.Ranked);
    }
}
