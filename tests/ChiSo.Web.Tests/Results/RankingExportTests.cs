using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ChiSo.Engine.Scoring;
using ChiSo.Files;
using ChiSo.Files.Tables;
using ChiSo.Web.Tests.Support;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChiSo.Web.Tests.Results;

/// <summary>The downloads of the public ranking: CSV, JSON and the workbook, with the page's filters.</summary>
[Collection(SharedApp.Name)]
public sealed class RankingExportTests(WebAppFactory factory)
{
    private RankingPageTests Page { get; } = new(factory);

    [Fact]
    public async Task Csv_HasABomMachineHeadersAndInvariantNumbers()
    {
        var (id, results) = await Page.PublishedAsync();

        var bytes = await DownloadAsync($"/public/campaigns/{id}/ranking.csv?sort=-name");

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).TrimEnd('\n').Split('\n');
        // The nine main indices, the three pillar views and the total: value, rank and the move since the DTI 2022.
        var shown = results.MainColumns.Append(results.Columns[0]).ToList();
        var header = new[] { "uCode", "uName", "group", "region" }.Concat(shown.SelectMany(c => new[] { $"{c.Code}.value", $"{c.Code}.rank", $"{c.Code}.move" }));
        Assert.Equal(string.Join(',', header.Select(h => $"\"{h}\"")), lines[0]);
        Assert.Equal(64, lines.Length);
        var cells = lines[1].Split(',').Select(c => c.Trim('"')).ToArray();
        var unit = results.Unit(cells[0])!;
        var total = 4 + ((shown.Count - 1) * 3);
        Assert.Equal(results.Stored.Value(0, unit.Index), double.Parse(cells[total], CultureInfo.InvariantCulture));
        Assert.Equal(results.Stored.Rank(0, unit.Index), int.Parse(cells[total + 1], CultureInfo.InvariantCulture));
        // Sorted by name, Z to A, as the page was.
        Assert.Equal("Tỉnh Yên Bái", cells[1]);
    }

    [Fact]
    public async Task Json_FilteredBySearch_HoldsTheSnapshotsFigures()
    {
        var (id, results) = await Page.PublishedAsync();

        using var json = JsonDocument.Parse(await DownloadAsync($"/public/campaigns/{id}/ranking.json?q=quang%20tri"));

        var root = json.RootElement;
        Assert.Equal(id, root.GetProperty("campaign").GetProperty("id").GetInt32());
        Assert.Equal("value", root.GetProperty("display").GetProperty("as").GetString());
        Assert.Equal(results.MainColumns.Select(c => c.Code).Append("dti-tinh"), root.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        var unit = Assert.Single(root.GetProperty("units").EnumerateArray());
        Assert.Equal("Tỉnh Quảng Trị", unit.GetProperty("name").GetString());
        Assert.Equal("btbdhmt", unit.GetProperty("region").GetString());
        var stored = results.Unit(unit.GetProperty("code").GetString()!)!;
        var total = unit.GetProperty("columns").GetProperty("dti-tinh");
        Assert.Equal(results.Stored.Value(0, stored.Index), total.GetProperty("value").GetDouble());
        Assert.Equal(results.Stored.Points(0, stored.Index), total.GetProperty("points").GetDouble());
        Assert.Equal(results.Stored.Rank(0, stored.Index), total.GetProperty("rank").GetInt32());
    }

    [Fact]
    public async Task Workbook_ReadBackAsChisoComputeReadsIt_ScoresTheSameTotalsAndRanks()
    {
        var (id, results) = await Page.PublishedAsync();
        var path = Path.Combine(Path.GetTempPath(), $"chiso-ranking-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, await DownloadAsync($"/public/campaigns/{id}/ranking.xlsx"));
        try
        {
            // What `chiso compute --framework dti-tinh-2022.yaml --data ranking.xlsx` does (FrameworkCompute.Score):
            // the first sheet read by XlsxTableReader, its columns by PointsTable, scored by PointsScorer.
            var framework = FrameworkSources.FromYaml(await File.ReadAllTextAsync(Path.Combine(Repository.Root(), "frameworks", "dti-tinh-2022.yaml")), "dti-tinh-2022.yaml");
            var read = XlsxTableReader.ReadFile(path);
            Assert.Empty(read.Problems);
            var (data, problems) = PointsTable.Read(framework.Plan!, read.Table!);
            Assert.DoesNotContain(problems, p => p.Severity == Engine.Severity.Error);
            var sheet = PointsScorer.Score(data!);

            Assert.Equal(63, sheet.Data.UnitCount);
            for (var u = 0; u < sheet.Data.UnitCount; u++)
            {
                var stored = results.Unit(sheet.Data.UnitCodes[u])!.Index;
                Assert.Equal(results.Stored.Points(0, stored), sheet.Points(0, u), 9);
                Assert.Equal(results.Stored.Value(0, stored), sheet.Value(0, u), 12);
                Assert.Equal(results.Stored.Rank(0, stored), sheet.Rank(0, u));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Workbook_OpensOnTheMinistrysTable_WithIndexNamesOverPointsAndRanks()
    {
        var (id, results) = await Page.PublishedAsync();

        using var workbook = new XLWorkbook(new MemoryStream(await DownloadAsync($"/public/campaigns/{id}/ranking.xlsx?region=tn")));

        var sheet = workbook.Worksheet("Xếp hạng");
        Assert.True(sheet.TabActive);
        Assert.Equal("1. Nhận thức số", sheet.Cell(1, 5).GetString());
        Assert.True(sheet.Cell(1, 5).IsMerged());
        Assert.Equal(("Giá trị", "Xếp hạng", "Thay đổi"), (sheet.Cell(2, 5).GetString(), sheet.Cell(2, 6).GetString(), sheet.Cell(2, 7).GetString()));
        var total = 5 + (results.MainColumns.Count() * 3);
        Assert.Equal("Tổng", sheet.Cell(1, total).GetString());
        var unit = results.Unit(sheet.Cell(3, 1).GetString())!;
        Assert.Equal(results.Stored.Value(0, unit.Index), sheet.Cell(3, total).GetDouble(), 12);
        Assert.Equal(results.Stored.Rank(0, unit.Index), sheet.Cell(3, total + 1).GetValue<int>());
        Assert.Equal(5, sheet.RangeUsed()!.RowCount() - 2);
        Assert.Equal(RankingFilesDataSheet, workbook.Worksheet(1).Name);
    }

    private const string RankingFilesDataSheet = ChiSo.Web.Features.Results.RankingFiles.DataSheet;

    private async Task<byte[]> DownloadAsync(string path)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
