using ChiSo.Engine.Frameworks;
using ChiSo.Files.Yaml;

namespace ChiSo.Files.Tests.Frameworks;

/// <summary>A draft being edited is read with its model even when it does not validate yet.</summary>
public class DraftReadingTests
{
    private const string Yaml = """
        id: thu
        edition: 2026
        title: Thử
        tree:
          - code: "1"
            name: Nhóm một
            max: 30
            children:
              - code: "1.1"
                name: Tiêu chí một
                max: 10
              - code: "1.2"
                name: Tiêu chí hai
                max: 20
        """;

    [Fact]
    public void ReadDraft_TotalsNotAddingUp_ModelKeptWithTheProblemAtTheParent()
    {
        var (valid, _) = FrameworkSources.ReadDraft(Yaml, "thu.yaml");
        var edited = FrameworkEdits.RemoveNode(valid!, "1.2").Framework!;
        var text = FrameworkYaml.Write(edited);

        var (framework, checkedFramework) = FrameworkSources.ReadDraft(text, "thu.yaml");

        Assert.NotNull(framework);
        Assert.Equal(["1", "1.1"], FrameworkTree.Descendants(framework.Tree).Select(n => n.Code));
        Assert.False(checkedFramework.IsValid);
        var problem = Assert.Single(checkedFramework.Problems);
        Assert.Equal(FrameworkProblemCodes.MaxNotSum, problem.Code);
        Assert.Equal(framework.Tree[0].At.Line, problem.At.Line);
        Assert.Equal(checkedFramework.Problems.ToArray(), FrameworkSources.FromYaml(text, "thu.yaml").Problems.ToArray());
    }

    [Fact]
    public void ReadDraft_Unreadable_NoModel()
    {
        var (framework, checkedFramework) = FrameworkSources.ReadDraft("id: [", "x.yaml");

        Assert.Null(framework);
        Assert.Equal(FrameworkProblemCodes.Syntax, Assert.Single(checkedFramework.Problems).Code);
    }
}
