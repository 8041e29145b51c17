using ChiSo.Engine.Lineage;

namespace ChiSo.Engine.Tests.Lineage;

public class YearOverYearTests
{
    // New Đà Nẵng, DTI 2024 back-cast by the ministry's mean rule (0.7069, research-summary §1.4); the 2025 value is
    // an invented later figure, 0.7500, to make a change of 0.0431.
    private static BackCastFigure DaNang2024(bool partial = false) =>
        new("48", "DTI", BackCastRule.Mean, ["48", "49"], [0.5, 0.5], 0.7069, partial);

    [Fact]
    public void Compare_BackCastEarlierYear_SaysWhichRuleMadeItAndIsComparable()
    {
        var change = YearOverYear.Compare(
            "48", "DTI", new YearFigure(2024, "dti-tinh@2025", 0.7069, DaNang2024()), new YearFigure(2025, "dti-tinh@2025", 0.75));

        Assert.Equal(BackCastRule.Mean, change.EarlierRule);
        Assert.True(change.Comparable);
        Assert.Equal(0.0431, change.Change, 1e-12);
        Assert.Contains("bình quân cộng", change.NoteVi, StringComparison.Ordinal);
        Assert.Contains("48, 49", change.NoteEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DifferentFrameworkEditions_AreNotComparable()
    {
        var change = YearOverYear.Compare(
            "48", "DTI", new YearFigure(2024, "dti-tinh@2022", 0.7069, DaNang2024()), new YearFigure(2025, "dti-tinh@2025", 0.75));

        Assert.False(change.Comparable);
        Assert.Equal(BackCastRule.Mean, change.EarlierRule);
    }

    [Fact]
    public void Compare_BackCastFromASplitUnit_IsNotComparable()
    {
        var change = YearOverYear.Compare(
            "48", "DTI", new YearFigure(2024, "f", 0.7069, DaNang2024(partial: true)), new YearFigure(2025, "f", 0.75));

        Assert.False(change.Comparable);
    }

    [Fact]
    public void Compare_OwnResults_AreComparableWithNoRule()
    {
        var change = YearOverYear.Compare("01", "DTI", new YearFigure(2023, "f", 0.70, null), new YearFigure(2024, "f", 0.72));

        Assert.Null(change.EarlierRule);
        Assert.True(change.Comparable);
    }

    [Fact]
    public void Compare_MissingValue_IsNotComparable()
    {
        var change = YearOverYear.Compare("01", "DTI", new YearFigure(2023, "f", double.NaN), new YearFigure(2024, "f", 0.72));

        Assert.False(change.Comparable);
        Assert.True(double.IsNaN(change.Change));
    }
}
