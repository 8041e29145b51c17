using System.Collections.Immutable;
using ChiSo.Engine.Formulas;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Tests.Formulas;

public class FormulaWordsTests
{
    private static readonly ImmutableArray<InputDefinition> Inputs =
    [
        new() { Id = "trained", Type = InputType.Integer, Label = "Số cán bộ được đào tạo" },
        new() { Id = "staff", Type = InputType.Integer, Label = "Tổng số cán bộ" },
        new() { Id = "ngay_ban_hanh", Type = InputType.Date, Label = "Ngày ban hành" },
        new() { Id = "no_label", Type = InputType.Number },
        new()
        {
            Id = "head", Type = InputType.Choice, Label = "Người chủ trì",
            Options = [new ChoiceOption("chu_tich", "Chủ tịch"), new ChoiceOption("pho_chu_tich", "Phó Chủ tịch"), new ChoiceOption("khong", "Không có")],
        },
    ];

    [Fact]
    public void Describe_RatioRule_NamesInputsByLabelWithVietnameseNumbers()
    {
        var text = FormulaWords.Describe("max * clamp(ratio(trained, staff) / 0.8, 0, 1)", Inputs)!.Value;

        Assert.Equal("điểm tối đa × ((tỷ lệ «Số cán bộ được đào tạo» trên «Tổng số cán bộ») ÷ 0,8, giữ trong khoảng 0 đến 1)", text.Vi);
        Assert.Equal("the maximum points × ((«Số cán bộ được đào tạo» per «Tổng số cán bộ») ÷ 0.8, kept between 0 and 1)", text.En);
        Assert.DoesNotContain("trained", text.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_DeadlineRule_DateAsDayMonthYearAndWordsForLogic()
    {
        var text = FormulaWords.Describe("if(has(ngay_ban_hanh) and ngay_ban_hanh <= date(2024-06-30), max, 0)", Inputs)!.Value;

        Assert.Equal("nếu «Ngày ban hành» đã được khai báo và «Ngày ban hành» nhỏ hơn hoặc bằng 30/06/2024 thì điểm tối đa, nếu không thì 0", text.Vi);
    }

    [Fact]
    public void Describe_Choose_ShowsOptionLabels()
    {
        var text = FormulaWords.Describe("choose(head, chu_tich = max, pho_chu_tich = max / 2, else = 0)", Inputs)!.Value;

        Assert.Equal("theo «Người chủ trì»: «Chủ tịch» → điểm tối đa; «Phó Chủ tịch» → điểm tối đa ÷ 2; lựa chọn khác → 0", text.Vi);
    }

    [Fact]
    public void Describe_StepsAndBrackets_KeepsTheOrderOfOperations()
    {
        var steps = FormulaWords.Describe("steps(trained, 30, 2, 50, 5, 1000.5, 10)", Inputs)!.Value;
        var brackets = FormulaWords.Describe("(trained + staff) * 2 - -no_label", Inputs)!.Value;

        Assert.Equal("theo bậc của «Số cán bộ được đào tạo»: từ 30 được 2; từ 50 được 5; từ 1.000,5 được 10; dưới 30 được 0", steps.Vi);
        Assert.Equal("(«Số cán bộ được đào tạo» + «Tổng số cán bộ») × 2 − −«no_label»", brackets.Vi);
    }

    [Fact]
    public void Describe_TextThatDoesNotParse_IsNull()
    {
        Assert.Null(FormulaWords.Describe("max * (", Inputs));
    }

    [Fact]
    public void Describe_Criterion_SameWordsAsTheRuleAndWorkedOutOnce()
    {
        var criterion = new FrameworkNode { Code = "1.1", Name = "Đào tạo", MaxPoints = 10, Inputs = Inputs, Score = "max * ratio(trained, staff)" };

        var first = FormulaWords.Describe(criterion);

        Assert.Equal(FormulaWords.Describe("max * ratio(trained, staff)", Inputs), first);
        Assert.Equal(first, FormulaWords.Describe(criterion));
        Assert.Null(FormulaWords.Describe(criterion with { Score = null }));
    }
}
