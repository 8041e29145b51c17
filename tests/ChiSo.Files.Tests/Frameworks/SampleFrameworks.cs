using System.Text.Json;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Ranking;

namespace ChiSo.Files.Tests.Frameworks;

/// <summary>A hand-built framework that uses every feature the workbook must carry.</summary>
internal static class SampleFrameworks
{
    public static FrameworkDefinition Full() => new()
    {
        Id = "dti-xa-mau",
        Edition = 2025,
        Title = "Bộ chỉ số đánh giá chuyển đổi số cấp xã (mẫu)",
        TitleEn = "Commune digital transformation index (sample)",
        LegalBasis = new LegalBasis("922/QĐ-BTTTT", new DateOnly(2022, 5, 20)),
        UnitLevel = "commune",
        Illustrative = true,
        Notes = "Ghi chú: tiêu chí 1.1.1 do ChiSo viết để minh họa.",
        Groups = [new ComparisonGroup("xa", "Xã"), new ComparisonGroup("phuong", "Phường", Ranked: false)],
        Display = new DisplayOptions { Total = 1000, As = DisplayAs.Points, Decimals = 2 },
        Ranking = new RankingOptions { RoundDecimals = 4 },
        Aggregation = AggregationFamily.Points,
        Tree =
        [
            new FrameworkNode
            {
                Code = "I",
                Name = "Nhóm chỉ số nền tảng chung",
                NameEn = "Foundations",
                Children =
                [
                    new FrameworkNode
                    {
                        Code = "1",
                        Name = "Nhận thức số",
                        MaxPoints = 100,
                        Cap = true,
                        Children = [HeadOfCommittee(), Training()],
                    },
                    new FrameworkNode { Code = "1.10", Name = "Đô thị thông minh", MaxPoints = 0, Scored = false },
                ],
            },
            new FrameworkNode
            {
                Code = "II",
                Name = "Hoạt động chính quyền số",
                MaxPoints = 200,
                Weight = 0.5,
                Direction = -1,
                Source = InputSource.Platform,
                Description = "Đo tự động từ nền tảng quốc gia.",
            },
        ],
    };

    private static FrameworkNode HeadOfCommittee() => new()
    {
        Code = "1.1",
        Name = "Người đứng đầu là Trưởng Ban Chỉ đạo chuyển đổi số",
        MaxPoints = 10,
        Lead = "Văn phòng UBND xã",
        Source = InputSource.SelfReport,
        Inputs =
        [
            new InputDefinition
            {
                Id = "head",
                Type = InputType.Choice,
                Label = "Trưởng ban là ai?",
                Options = [new ChoiceOption("chu_tich", "Chủ tịch"), new ChoiceOption("pho_chu_tich", "Phó Chủ tịch"), new ChoiceOption("khong", "Không có")],
            },
            new InputDefinition { Id = "decision", Type = InputType.Document, Label = "Quyết định thành lập" },
            new InputDefinition { Id = "ngay", Type = InputType.Date, Label = "Ngày thành lập" },
        ],
        Score = "choose(head, chu_tich = max, pho_chu_tich = max / 2, khong = 0)",
        Evidence = new EvidenceRule(true, "Bản quét quyết định có chữ ký"),
    };

    private static FrameworkNode Training() => new()
    {
        Code = "1.2",
        Name = "Tỷ lệ cán bộ, công chức được tập huấn",
        MaxPoints = 10,
        Source = InputSource.Survey,
        Inputs =
        [
            new InputDefinition { Id = "trained", Type = InputType.Integer, Min = 0, Unit = "người" },
            new InputDefinition { Id = "rate", Type = InputType.Percentage, Min = 0, Max = 100.5, Unit = "%" },
        ],
        Score = "=max * clamp(ratio(trained, staff) / 0.8, 0, 1)",
        Evidence = new EvidenceRule(false, null),
    };

    /// <summary>The framework as JSON with every source position cleared, for comparisons that ignore positions.</summary>
    public static string WithoutPositions(FrameworkDefinition framework) =>
        JsonSerializer.Serialize(framework with { At = SourceSpan.None, Tree = [.. framework.Tree.Select(Strip)] });

    private static FrameworkNode Strip(FrameworkNode node) => node with
    {
        At = SourceSpan.None,
        ScoreAt = SourceSpan.None,
        Inputs = [.. node.Inputs.Select(i => i with { At = SourceSpan.None })],
        Checks = [.. node.Checks.Select(c => c with { At = SourceSpan.None, RuleAt = SourceSpan.None })],
        Children = [.. node.Children.Select(Strip)],
    };
}
