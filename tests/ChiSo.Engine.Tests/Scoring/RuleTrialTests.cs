using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Engine.Tests.Scoring;

public class RuleTrialTests
{
    private static readonly InputDefinition Trained = new() { Id = "a", Type = InputType.Integer, Label = "Số cán bộ được đào tạo" };
    private static readonly InputDefinition Staff = new() { Id = "b", Type = InputType.Integer, Label = "Tổng số cán bộ" };

    private static RuleTrialResult Try(string rule, params (string Id, string? Text)[] samples) =>
        RuleTrial.Try(rule, [Trained, Staff], 20, samples.ToDictionary(s => s.Id, s => s.Text));

    [Fact]
    public void Try_RatioOfSamples_PointsAsScoringGivesThem()
    {
        // 20 × clamp(30/50 ÷ 0,8, 0, 1) = 20 × 0,75 = 15.
        var result = Try("max * clamp(ratio(a, b) / 0.8, 0, 1)", ("a", "30"), ("b", "50"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(15, result.Points!.Value, 9);
        Assert.False(result.Incomplete);
        Assert.Contains("«Số cán bộ được đào tạo»", result.Words!.Value.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Try_ResultAboveMax_KeptAtMax()
    {
        var result = Try("a", ("a", "35"));

        Assert.Equal((35.0, 20.0), (result.Raw!.Value, result.Points!.Value));
    }

    [Fact]
    public void Try_MissingSample_ZeroPointsAndIncomplete()
    {
        var result = Try("max * ratio(a, b)", ("a", "30"));

        Assert.True(double.IsNaN(result.Raw!.Value));
        Assert.Equal(0, result.Points);
        Assert.True(result.Incomplete);
    }

    [Fact]
    public void Try_SampleNotOfTheInputsType_NamedAndMissing()
    {
        var result = Try("max * ratio(a, b)", ("a", "ba mươi"), ("b", "50"));

        Assert.Equal("a", Assert.Single(result.SampleProblems).InputId);
        Assert.True(result.Incomplete);
    }

    [Fact]
    public void Try_UnknownInput_DiagnosticAtItsColumnAndNoPoints()
    {
        var result = Try("max * ratio(a, c)");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(16, diagnostic.Column);
        Assert.Contains("'c'", diagnostic.MessageVi, StringComparison.Ordinal);
        Assert.Contains("a, b", diagnostic.MessageVi, StringComparison.Ordinal);
        Assert.Null(result.Points);
    }

    [Fact]
    public void Try_SyntaxError_ColumnOfTheProblem()
    {
        var result = Try("max * (a + ");

        Assert.Null(result.Words);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.InRange(d.Column, 7, 12));
    }
}
