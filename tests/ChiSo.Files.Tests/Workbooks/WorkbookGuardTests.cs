using System.Globalization;
using ChiSo.Engine;
using ChiSo.Files.Collection;
using ChiSo.Files.Frameworks;

namespace ChiSo.Files.Tests.Workbooks;

/// <summary>Every workbook reader refuses hostile and damaged packages with a readable problem instead of an exception.</summary>
public class WorkbookGuardTests
{
    private static Problem Refusal(byte[] package)
    {
        var problems = new List<Problem>();
        using var workbook = WorkbookFile.Open(new MemoryStream(package), "tai-len.xlsx", problems);
        Assert.Null(workbook);
        return Assert.Single(problems);
    }

    [Fact]
    public void Open_ValidWorkbook_Opens()
    {
        var problems = new List<Problem>();
        using var workbook = WorkbookFile.Open(new MemoryStream(WorkbookPackages.Valid()), "tai-len.xlsx", problems);
        Assert.NotNull(workbook);
        Assert.Empty(problems);
    }

    [Fact]
    public void Open_MoreRowsThanTheLimit_IsRefused()
    {
        var rows = WorkbookPackages.WithSheet(w =>
        {
            for (var row = 1; row <= WorkbookLimits.MaxRows + 1; row++)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"<row r=\"{row}\"><c><v>1</v></c></row>"));
            }
        });

        var problem = Refusal(rows);
        Assert.Equal(WorkbookGuard.Code, problem.Code);
        Assert.Contains("hàng", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_VmlDrawingThatIsNotWellFormed_Opens()
    {
        // Excel writes comment boxes as VML with bare <br> tags: not XML, and not a reason to refuse the workbook.
        var problems = new List<Problem>();
        using var workbook = WorkbookFile.Open(new MemoryStream(WorkbookPackages.WithPart("xl/drawings/vmlDrawing1.vml", "<xml><x:ClientData>Dòng một<br>Dòng hai</x:ClientData></xml>")), "tai-len.xlsx", problems);

        Assert.NotNull(workbook);
        Assert.Empty(problems);
    }

    [Fact]
    public void Open_ManyCellsInASmallFile_IsRefusedBeforeParsing()
    {
        // A million cells compress to a few hundred KB; ClosedXML would hold each of them in memory.
        var bomb = WorkbookPackages.WithSheet(w =>
        {
            for (var row = 1; row <= 1_001; row++)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"<row r=\"{row}\">"));
                for (var column = 0; column < 1_000; column++)
                {
                    w.Write("<c><v>1</v></c>");
                }

                w.Write("</row>");
            }
        });

        Assert.Contains("ô dữ liệu", Refusal(bomb).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FarColumn_IsRefused()
    {
        var far = WorkbookPackages.WithSheet(w => w.Write("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>"));
        Assert.Contains("cột", Refusal(far).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_PartThatUnpacksPastTheLimit_IsRefused()
    {
        var bomb = WorkbookPackages.WithZeros(WorkbookLimits.MaxUnpackedBytes + 1);
        Assert.True(bomb.Length < 1024 * 1024);
        Assert.Contains("quá lớn", Refusal(bomb).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_HighlyCompressedPart_IsRefused()
    {
        Assert.Contains("nén bất thường", Refusal(WorkbookPackages.WithZeros(8 * 1024 * 1024)).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotAZip_IsRefused()
    {
        Assert.Contains("không phải bảng tính Excel .xlsx", Refusal("Tên,Điểm\nHN,1\n"u8.ToArray()).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ZipWithoutContentTypes_IsRefused()
    {
        Assert.Contains("[Content_Types].xml", Refusal(WorkbookPackages.WithPart("[Content_Types].xml", null)).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_PartThatIsNotXml_IsRefused()
    {
        Assert.Contains("không phải XML", Refusal(WorkbookPackages.WithPart("xl/workbook.xml", "không phải XML <<<")).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_PartWithADtd_IsRefused()
    {
        var entities = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>
            """;
        Assert.Contains("DTD", Refusal(WorkbookPackages.WithPart("xl/sharedStrings.xml", entities)).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ExternalRelationship_IsRefused()
    {
        var rels = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///\\may-chu\chia-se\so-lieu.xlsx" TargetMode="External"/>
            </Relationships>
            """;
        Assert.Contains("nguồn bên ngoài", Refusal(WorkbookPackages.WithPart("xl/externalLinks/_rels/externalLink1.xml.rels", rels)).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_LargerThanTheFileLimit_IsRefusedWithoutReadingIt()
    {
        var problem = Refusal(new byte[WorkbookLimits.MaxFileBytes + 1]);
        Assert.Contains("MB", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Readers_DamagedWorkbook_ReportAProblemInsteadOfThrowing()
    {
        var damaged = WorkbookPackages.WithPart("xl/workbook.xml", "<?xml version=\"1.0\"?><!DOCTYPE x []><x/>");
        Assert.Contains(UnitWorkbookReader.Read(new MemoryStream(damaged), "don-vi.xlsx", Plans.Empty).Problems, p => p.Problem.Code == WorkbookGuard.Code);
        Assert.Contains(ChiSo.Files.Assignments.AssignmentSheet.Read(new MemoryStream(damaged), "phan-cong.xlsx").Problems, p => p.Code == WorkbookGuard.Code);
        Assert.Contains(FrameworkWorkbook.Read(new MemoryStream(damaged), "bo-chi-so.xlsx").Problems, p => p.Code == WorkbookGuard.Code);
        Assert.Contains(CriteriaSheet.Import(new MemoryStream(damaged), "tieu-chi.xlsx").Problems, p => p.Code == WorkbookGuard.Code);
        var path = Path.Combine(Path.GetTempPath(), $"chiso-guard-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, damaged);
        try
        {
            Assert.Contains(ChiSo.Files.Tables.XlsxTableReader.ReadFile(path).Problems, p => p.Code == WorkbookGuard.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Column_Letters_AreNumbered()
    {
        Assert.Equal(1, WorkbookGuard.Column("A1"));
        Assert.Equal(28, WorkbookGuard.Column("AB7"));
        Assert.Equal(1000, WorkbookGuard.Column("ALL3"));
        Assert.True(WorkbookGuard.Column("XFD1") > WorkbookLimits.MaxColumns);
    }

    private static class Plans
    {
        public static Engine.Scoring.ScoringPlan Empty { get; } = Build();

        private static Engine.Scoring.ScoringPlan Build()
        {
            var framework = new Engine.Frameworks.FrameworkDefinition
            {
                Id = "mau", Edition = 2025, Title = "Mẫu", UnitLevel = "department",
                Tree = [new Engine.Frameworks.FrameworkNode { Code = "1", Name = "Một", MaxPoints = 10, Score = "max", Inputs = [new Engine.Frameworks.InputDefinition { Id = "co", Type = Engine.Frameworks.InputType.YesNo }] }],
            };
            return Engine.Frameworks.FrameworkValidator.Check(framework, null).Plan!;
        }
    }
}
