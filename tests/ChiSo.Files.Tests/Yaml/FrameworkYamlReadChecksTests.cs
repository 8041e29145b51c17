using ChiSo.Engine;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Tests.Yaml;

/// <summary>Checks and date windows as written in a framework file, and their problems at the line and column.</summary>
public class FrameworkYamlReadChecksTests
{
    private const string Head = """
        id: t
        edition: 2026
        title: Thử
        tree:
          - code: "1"
            name: Họp
            max: 10
            inputs:
              - { id: to_chuc, type: integer, label: Tổng số cuộc họp }
              - { id: chu_tri, type: integer, label: Số cuộc họp lãnh đạo chủ trì }
              - { id: ke_hoach, type: document, within: period }
            score: max * clamp(ratio(chu_tri, to_chuc), 0, 1)

        """;

    [Fact]
    public void FromYaml_ChecksAndWithin_Read()
    {
        var text = Head + """
                checks:
                  - rule: chu_tri <= to_chuc
                    message: Số cuộc họp chủ trì không được lớn hơn tổng số cuộc họp.
                  - { rule: to_chuc < 1000, severity: warning }
            """;

        var result = FrameworkSources.FromYaml(text, "t.yaml");

        Assert.Empty(result.Problems);
        var node = result.Framework!.Tree[0];
        Assert.Equal(["chu_tri <= to_chuc", "to_chuc < 1000"], node.Checks.Select(c => c.Rule));
        Assert.Equal([CheckSeverity.Error, CheckSeverity.Warning], node.Checks.Select(c => c.Severity));
        Assert.Equal(new DateWindow(Period: true), node.Inputs[2].Within);
        Assert.Equal(new SourceSpan(14, 15), node.Checks[0].RuleAt);
        Assert.Single(result.Plan!.Nodes[1].Checks.Where(c => c.Message.Vi.StartsWith("Số cuộc họp chủ trì", StringComparison.Ordinal)));
    }

    [Fact]
    public void FromYaml_CheckNamingAnUnknownInput_ErrorAtItsLineAndColumn()
    {
        var text = Head + """
                checks:
                  - rule: chu_tri <= tong_so
            """;

        var problem = Assert.Single(FrameworkSources.FromYaml(text, "t.yaml").Problems);

        Assert.Equal(FrameworkProblemCodes.CheckRule, problem.Code);
        Assert.Equal(new SourceSpan(14, 26), problem.At);
        Assert.StartsWith("t.yaml:14:26: lỗi FW120", problem.Format(Language.Vi), StringComparison.Ordinal);
    }

    [Fact]
    public void FromYaml_CheckThatIsNotACondition_Error()
    {
        var text = Head + """
                checks:
                  - rule: chu_tri + to_chuc
            """;

        Assert.Equal(FrameworkProblemCodes.CheckNotCondition, Assert.Single(FrameworkSources.FromYaml(text, "t.yaml").Problems).Code);
    }

    [Theory]
    [InlineData("within: năm", FrameworkProblemCodes.WrongType)]
    [InlineData("within: { from: 2026-12-31, to: 2026-01-01 }", FrameworkProblemCodes.Within)]
    [InlineData("within: { period: true, until: 2026-01-01 }", FrameworkProblemCodes.UnknownKey)]
    public void FromYaml_BadWithin_Error(string within, string code)
    {
        var text = Head.Replace("within: period", within, StringComparison.Ordinal);

        Assert.Equal(code, Assert.Single(FrameworkSources.FromYaml(text, "t.yaml").Problems).Code);
    }
}
