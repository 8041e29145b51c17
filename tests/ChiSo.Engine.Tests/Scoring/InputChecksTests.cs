using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Engine.Tests.Scoring;

/// <summary>Checks across a criterion's inputs, evaluated on hand-made values (docs/adr/0023-checks-on-inputs.md).</summary>
public class InputChecksTests
{
    private static readonly InputDefinition ToChuc = new() { Id = "to_chuc", Type = InputType.Integer, Label = "Tổng số cuộc họp" };
    private static readonly InputDefinition ChuTri = new() { Id = "chu_tri", Type = InputType.Integer, Label = "Số cuộc họp lãnh đạo chủ trì" };
    private static readonly InputDefinition BanHanh = new() { Id = "ban_hanh", Type = InputType.Date, Label = "Ngày ban hành kế hoạch" };
    private static readonly InputDefinition HetHan = new() { Id = "het_han", Type = InputType.Date, Label = "Ngày hết hiệu lực" };

    private static PlanNode Criterion(params InputCheck[] checks)
    {
        var leaf = new FrameworkNode
        {
            Code = "1.1", Name = "Họp", MaxPoints = 10, Inputs = [ToChuc, ChuTri, BanHanh, HetHan],
            Score = "max * clamp(ratio(chu_tri, to_chuc), 0, 1)", Checks = [.. checks],
        };
        var framework = new FrameworkDefinition { Id = "t", Edition = 2026, Title = "T", Tree = [leaf] };
        var plan = FrameworkValidator.Check(framework, null).Plan!;
        return plan.Nodes[1];
    }

    private static double Day(int y, int m, int d) => new DateOnly(y, m, d).DayNumber;

    private static readonly InputCheck PartOfWhole = new() { Rule = "chu_tri <= to_chuc", Message = "Số cuộc họp chủ trì không được lớn hơn tổng số cuộc họp." };

    [Fact]
    public void Failures_PartAboveWhole_FailsWithTheDeclaredMessageAndBothInputs()
    {
        var failure = Assert.Single(InputChecks.Failures(Criterion(PartOfWhole), [6, 8, double.NaN, double.NaN]));

        Assert.Equal("1.1", failure.Criterion);
        Assert.Equal(CheckSeverity.Error, failure.Severity);
        Assert.Equal("Số cuộc họp chủ trì không được lớn hơn tổng số cuộc họp.", failure.Message.Vi);
        Assert.Equal(["to_chuc", "chu_tri"], failure.Inputs.ToArray());
    }

    [Theory]
    [InlineData(6, 6)]
    [InlineData(6, 0)]
    [InlineData(0, 0)]
    public void Failures_PartWithinWhole_None(double whole, double part)
    {
        Assert.Empty(InputChecks.Failures(Criterion(PartOfWhole), [whole, part, double.NaN, double.NaN]));
    }

    [Theory]
    [InlineData(double.NaN, 8)]
    [InlineData(6, double.NaN)]
    public void Failures_AnInputMissing_CheckDoesNotApply(double whole, double part)
    {
        Assert.Empty(InputChecks.Failures(Criterion(PartOfWhole), [whole, part, double.NaN, double.NaN]));
    }

    [Fact]
    public void Failures_DatesInTheWrongOrder_FailAsWarningWithTheRuleInWords()
    {
        var check = new InputCheck { Rule = "ban_hanh <= het_han", Severity = CheckSeverity.Warning };

        var failure = Assert.Single(InputChecks.Failures(Criterion(check), [double.NaN, double.NaN, Day(2026, 3, 1), Day(2025, 12, 31)]));

        Assert.Equal(CheckSeverity.Warning, failure.Severity);
        Assert.Equal("Cần có: «Ngày ban hành kế hoạch» nhỏ hơn hoặc bằng «Ngày hết hiệu lực».", failure.Message.Vi);
        Assert.Empty(InputChecks.Failures(Criterion(check), [double.NaN, double.NaN, Day(2026, 3, 1), Day(2026, 3, 1)]));
    }

    [Fact]
    public void Failures_SeveralChecks_OnlyTheFailedOnesInOrder()
    {
        var atLeastOne = new InputCheck { Rule = "to_chuc >= 1", Message = "Phải có ít nhất một cuộc họp." };

        var failures = InputChecks.Failures(Criterion(atLeastOne, PartOfWhole), [0, 2, double.NaN, double.NaN]);

        Assert.Equal(["Phải có ít nhất một cuộc họp.", "Số cuộc họp chủ trì không được lớn hơn tổng số cuộc họp."], failures.Select(f => f.Message.Vi));
    }

    [Fact]
    public void OfValues_StoredValues_BoundsFirstThenChecksAndMissingValuesIgnored()
    {
        var plan = Criterion(PartOfWhole) is var node ? PlanOf(node) : null;
        var stored = new Dictionary<string, StoredValue>
        {
            ["to_chuc"] = new(6, null), ["chu_tri"] = new(8, null), ["ban_hanh"] = new(null, "15/03/2019"),
        };

        var failures = InputChecks.OfValues(plan!, (_, input) => stored.GetValueOrDefault(input), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        Assert.Equal(["ban_hanh", "to_chuc"], failures.Select(f => f.Inputs[0]));
        Assert.Empty(InputChecks.OfValues(plan!, (_, input) => stored.GetValueOrDefault(input), null, null, criterion: "9.9"));
    }

    private static ScoringPlan PlanOf(PlanNode node)
    {
        var leaf = node.Definition! with { Inputs = [ToChuc, ChuTri, BanHanh with { Within = new DateWindow(Period: true) }, HetHan] };
        return FrameworkValidator.Check(new FrameworkDefinition { Id = "t", Edition = 2026, Title = "T", Tree = [leaf] }, null).Plan!;
    }
}
