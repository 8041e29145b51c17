using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using ChiSo.Files.Collection;
using ClosedXML.Excel;

namespace ChiSo.Files.Tests.Collection;

public class UnitWorkbookTests
{
    // A two-criterion framework written for these tests: one input of each kind the workbook treats differently.
    private static readonly ScoringPlan Plan = Build(new FrameworkDefinition
    {
        Id = "mau",
        Edition = 2025,
        Title = "Mẫu",
        UnitLevel = "department",
        Tree =
        [
            new FrameworkNode
            {
                Code = "1",
                Name = "Nhận thức số",
                MaxPoints = 20,
                Children =
                [
                    new FrameworkNode
                    {
                        Code = "1.1", Name = "Ban Chỉ đạo", MaxPoints = 10, Score = "max",
                        Inputs =
                        [
                            new InputDefinition { Id = "truong_ban", Type = InputType.Choice, Options = [new("giam_doc", "Giám đốc, Thủ trưởng"), new("khong", "Không có")] },
                            new InputDefinition { Id = "co_ke_hoach", Type = InputType.YesNo },
                        ],
                    },
                    new FrameworkNode
                    {
                        Code = "1.2", Name = "Họp", MaxPoints = 10, Score = "max",
                        Inputs =
                        [
                            new InputDefinition { Id = "so_cuoc_hop", Type = InputType.Number, Min = 0, Max = 1000 },
                            new InputDefinition { Id = "ngay", Type = InputType.Date },
                        ],
                    },
                ],
            },
        ],
    });

    [Fact]
    public void Write_ThenRead_GivesTheCurrentValuesBack()
    {
        var values = new Dictionary<(string, string), WorkbookValue>
        {
            [("1.1", "truong_ban")] = new(0, null),
            [("1.1", "co_ke_hoach")] = new(1, null),
            [("1.2", "so_cuoc_hop")] = new(541.46, null),
            [("1.2", "ngay")] = new(new DateOnly(2026, 11, 23).DayNumber, null),
        };

        var reading = Read(Write(values));

        Assert.True(reading.IsValid);
        Assert.Equal(
            ["1.1/truong_ban=Giám đốc, Thủ trưởng", "1.1/co_ke_hoach=có", "1.2/so_cuoc_hop=541.46", "1.2/ngay=23/11/2026"],
            reading.Values.Select(v => $"{v.Criterion}/{v.Input}={v.Text}"));
    }

    [Fact]
    public void Write_EntrySheet_HasListValidationAndHiddenKeys()
    {
        using var workbook = new XLWorkbook(Write([]));
        var sheet = workbook.Worksheet(UnitWorkbookLayout.EntrySheet);

        Assert.True(sheet.Column(1).IsHidden);
        Assert.Equal(UnitWorkbookLayout.InstructionsSheet, workbook.Worksheet(1).Name);
        Assert.Contains(sheet.DataValidations, v => v.AllowedValues == XLAllowedValues.List);
        Assert.Contains(sheet.DataValidations, v => v.AllowedValues == XLAllowedValues.Decimal && v.MaxValue == "1000");
    }

    [Fact]
    public void Read_RowsReordered_StillFindsEachInputByItsKeys()
    {
        using var workbook = new XLWorkbook(Write([]));
        var sheet = workbook.Worksheet(UnitWorkbookLayout.EntrySheet);
        var first = Row(sheet, "1.1", "truong_ban");
        var last = Row(sheet, "1.2", "so_cuoc_hop");
        sheet.Cell(last, UnitWorkbookLayout.ValueColumn).Value = 12;
        // Swap the two rows' keys and values, as sorting would.
        sheet.Row(first).InsertRowsAbove(1);
        sheet.Row(last + 1).CopyTo(sheet.Row(first));
        sheet.Row(last + 1).Delete();

        var reading = Read(Save(workbook));

        Assert.True(reading.IsValid);
        Assert.Equal("12", reading.Values.Single(v => v.Input == "so_cuoc_hop").Text);
    }

    [Fact]
    public void Read_BadNumberOutOfRangeUnknownOptionBadDate_ReportsEachCell()
    {
        using var workbook = new XLWorkbook(Write([]));
        var sheet = workbook.Worksheet(UnitWorkbookLayout.EntrySheet);
        var column = UnitWorkbookLayout.ValueColumn;
        sheet.Cell(Row(sheet, "1.1", "truong_ban"), column).Value = "Phó Giám đốc";
        sheet.Cell(Row(sheet, "1.2", "so_cuoc_hop"), column).Value = "mười hai";
        sheet.Cell(Row(sheet, "1.2", "ngay"), column).Value = "31/02/2026";

        var reading = Read(Save(workbook));
        var number = Row(sheet, "1.2", "so_cuoc_hop");

        Assert.Equal(3, reading.Problems.Length);
        Assert.Contains(reading.Problems, p => p.Address == $"J{number}" && p.Problem.MessageVi.Contains("không phải là số", StringComparison.Ordinal));
        Assert.Contains(reading.Problems, p => p.Problem.MessageVi.Contains("không phải là một lựa chọn", StringComparison.Ordinal));
        Assert.Contains(reading.Problems, p => p.Problem.MessageVi.Contains("không phải là ngày", StringComparison.Ordinal));
        Assert.All(reading.Problems, p => Assert.Equal(UnitWorkbookLayout.EntrySheet, p.Sheet));
    }

    [Fact]
    public void Read_NumberAboveMax_OutOfRange()
    {
        using var workbook = new XLWorkbook(Write([]));
        var sheet = workbook.Worksheet(UnitWorkbookLayout.EntrySheet);
        sheet.Cell(Row(sheet, "1.2", "so_cuoc_hop"), UnitWorkbookLayout.ValueColumn).Value = 1001;

        var problem = Assert.Single(Read(Save(workbook)).Problems);

        Assert.Contains("nằm ngoài khoảng cho phép", problem.Problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderRowDeletedByHand_KeysMissingProblemNotACrash()
    {
        using var workbook = new XLWorkbook(Write([]));
        // The data rows below repeat the criterion code in two columns: the header search used to throw on them.
        workbook.Worksheet(UnitWorkbookLayout.EntrySheet).Row(UnitWorkbookLayout.HeaderRow).Delete();

        var problem = Assert.Single(Read(Save(workbook)).Problems);

        Assert.Equal("XL202", problem.Problem.Code);
    }

    [Fact]
    public void Read_NotAWorkbook_FileProblem()
    {
        using var text = new MemoryStream("số liệu,12\n"u8.ToArray());

        var problem = Assert.Single(UnitWorkbookReader.Read(text, "so-lieu.csv", Plan).Problems);

        Assert.Equal("XL001", problem.Problem.Code);
        Assert.Equal("", problem.Address);
    }

    private static ScoringPlan Build(FrameworkDefinition framework)
    {
        var (_, plan, problems) = FrameworkValidator.Check(framework, null);
        return plan ?? throw new InvalidOperationException(string.Join("; ", problems.Select(p => p.MessageEn)));
    }

    private static int Row(IXLWorksheet sheet, string criterion, string input) =>
        sheet.RowsUsed().First(r => r.Cell(1).GetString() == criterion && r.Cell(2).GetString() == input).RowNumber();

    private static MemoryStream Write(Dictionary<(string, string), WorkbookValue> values)
    {
        var output = new MemoryStream();
        UnitWorkbookWriter.Write(new UnitWorkbookContent("Kỳ 2025", "80.S08", "Sở KH&CN", Plan, values), output);
        output.Position = 0;
        return output;
    }

    private static MemoryStream Save(XLWorkbook workbook)
    {
        var output = new MemoryStream();
        workbook.SaveAs(output);
        output.Position = 0;
        return output;
    }

    private static UnitWorkbookReading Read(Stream input) => UnitWorkbookReader.Read(input, "don-vi.xlsx", Plan);
}
