using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Engine.Tests.Scoring;

public class InputBoundsTests
{
    private static InputDefinition Of(InputType type, double? min = null, double? max = null, DateWindow? within = null) =>
        new() { Id = "x", Type = type, Label = "Số máy tính", Min = min, Max = max, Within = within };

    [Theory]
    [InlineData(InputType.Integer, "1E+20")]
    [InlineData(InputType.Integer, "1000000001")]
    [InlineData(InputType.Integer, "-1")]
    [InlineData(InputType.Percentage, "120")]
    [InlineData(InputType.Number, "1E+16")]
    public void TryParse_BeyondTheImpliedBounds_RefusedWithTheLabel(InputType type, string text)
    {
        Assert.False(InputText.TryParse(Of(type), text, out var value, out var problem));

        Assert.True(double.IsNaN(value));
        Assert.Contains("«Số máy tính»", problem.Vi, StringComparison.Ordinal);
        Assert.Contains("nằm ngoài khoảng cho phép", problem.Vi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(InputType.Integer, "1000000000", 1e9)]
    [InlineData(InputType.Integer, "0", 0)]
    [InlineData(InputType.Percentage, "100", 100)]
    [InlineData(InputType.Number, "-5,5", -5.5)]
    public void TryParse_AtTheImpliedBounds_Accepted(InputType type, string text, double expected)
    {
        Assert.True(InputText.TryParse(Of(type), text, out var value, out _));

        Assert.Equal(expected, value);
    }

    [Fact]
    public void TryParse_DeclaredBoundsReplaceTheImpliedOnes()
    {
        Assert.True(InputText.TryParse(Of(InputType.Integer, min: -10), "-5", out _, out _));
        Assert.False(InputText.TryParse(Of(InputType.Integer, max: 50), "51", out _, out var problem));
        Assert.Equal("«Số máy tính»: 51 nằm ngoài khoảng cho phép, từ 0 đến 50.", problem.Vi);
    }

    [Fact]
    public void DateProblem_PeriodIsTheCampaignYear()
    {
        var input = Of(InputType.Date, within: new DateWindow(Period: true));
        var (start, end) = (new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        Assert.Null(InputBounds.DateProblem(input, new DateOnly(2026, 6, 30), start, end));
        var problem = InputBounds.DateProblem(input, new DateOnly(2019, 3, 15), start, end);

        Assert.Equal("«Số máy tính»: ngày 15/03/2019 không hợp lệ; ngày phải từ 01/01/2026 đến 31/12/2026 (trong kỳ đánh giá).", problem?.Vi);
    }

    [Fact]
    public void DateProblem_FixedDaysNarrowThePeriod()
    {
        var input = Of(InputType.Date, within: new DateWindow(Period: true, From: new DateOnly(2026, 7, 1)));

        Assert.NotNull(InputBounds.DateProblem(input, new DateOnly(2026, 6, 30), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.Null(InputBounds.DateProblem(input, new DateOnly(2026, 7, 1), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void Problem_StoredCitationDateOutsideThePeriod_Named()
    {
        var input = Of(InputType.Document, within: new DateWindow(Period: true));
        var stored = new StoredValue(null, Citation.Join(["12/KH-UBND", "2019-02-01", "Kế hoạch chuyển đổi số", "Nguyễn Văn A"]));

        Assert.NotNull(InputBounds.Problem(input, stored, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.Null(InputBounds.Problem(input, stored, new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31)));
    }

    [Fact]
    public void Problem_StoredNumberAboveTheCountMaximum_Named()
    {
        Assert.NotNull(InputBounds.Problem(Of(InputType.Integer), new StoredValue(1e20, null), null, null));
        Assert.Null(InputBounds.Problem(Of(InputType.Integer), new StoredValue(120, null), null, null));
    }
}
