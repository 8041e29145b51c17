using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChiSo.Data.Frameworks;
using ChiSo.Web.Tests.Accounts;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Editions;

/// <summary>/api/v1/editions with an organiser's bearer token: upload, refusals with their places, publish, copy, diff, export.</summary>
[Collection(SharedApp.Name)]
public sealed class EditionApiTests(WebAppFactory factory)
{
    private async Task<HttpClient> OrganiserAsync()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("tochuc@demo.chiso.vn");
        var token = await ApiTokenTests.CreateTokenAsync(browser.Client, "Tích hợp bộ chỉ số " + Guid.NewGuid().ToString("N")[..6]);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Uri U(string path) => new(path, UriKind.Relative);

    private static string NewId() => "thu-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<int> EditionCountAsync()
    {
        await using var db = factory.NewContext();
        return await db.FrameworkEditions.CountAsync();
    }

    [Fact]
    public async Task Upload_ValidYaml_DraftStoredAsCanonicalYaml_ListedWithStatusAndHash()
    {
        using var api = await OrganiserAsync();
        var id = NewId();

        using var response = await api.PostAsync(U("/api/v1/editions"), EditionFiles.Form(EditionFiles.Yaml(id)));
        var created = await EditionFiles.JsonAsync(response);
        var listed = (await EditionFiles.JsonAsync(await api.GetAsync(U("/api/v1/editions")))).EnumerateArray().Single(e => e.GetProperty("frameworkId").GetString() == id);
        await using var db = factory.NewContext();
        var stored = await db.FrameworkEditions.AsNoTracking().SingleAsync(e => e.FrameworkId == id);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal((EditionStatus.Draft, "tochuc@demo.chiso.vn"), (stored.Status, stored.CreatedBy));
        Assert.Equal(Files.Yaml.CanonicalYaml.Write(Files.FrameworkSources.FromYaml(EditionFiles.Yaml(id), "x.yaml").Framework!), stored.Yaml);
        Assert.Equal(FrameworkEdition.HashOf(stored.Yaml), created.GetProperty("hash").GetString());
        Assert.Equal(("draft", stored.ContentHash, 2026, "Bộ chỉ số thử nghiệm"),
            (listed.GetProperty("status").GetString(), listed.GetProperty("hash").GetString(), listed.GetProperty("edition").GetInt32(), listed.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Upload_InvalidYaml_400ListsEveryProblemWithLineAndColumn_NothingStored()
    {
        using var api = await OrganiserAsync();
        var before = await EditionCountAsync();

        using var response = await api.PostAsync(U("/api/v1/editions"), EditionFiles.Form(EditionFiles.Broken(NewId())));
        var problems = (await EditionFiles.JsonAsync(response)).GetProperty("problems").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await EditionCountAsync());
        Assert.True(problems.Count >= 2, string.Join("\n", problems));
        Assert.All(problems, p => Assert.True(p.GetProperty("line").GetInt32() > 0 && p.GetProperty("column").GetInt32() > 0, p.ToString()));
        Assert.Contains(problems, p => p.GetProperty("vi").GetString()!.Contains("1.1", StringComparison.Ordinal) && p.GetProperty("place").GetString()!.StartsWith("dòng ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.GetProperty("vi").GetString()!.Contains("khong_co", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_WorkbookWithABadCell_ProblemNamedBySheetAndCell()
    {
        using var api = await OrganiserAsync();
        var framework = Files.FrameworkSources.FromYaml(EditionFiles.Yaml(NewId()), "x.yaml").Framework!;
        using var workbook = new MemoryStream();
        Files.Frameworks.FrameworkWorkbook.Write(framework, workbook);
        var broken = WorkbookEdits.NumberToText(workbook.ToArray(), "5", "năm");

        using var response = await api.PostAsync(U("/api/v1/editions"), EditionFiles.Form(broken, "bo-chi-so.xlsx"));
        var problems = (await EditionFiles.JsonAsync(response)).GetProperty("problems").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single(problems, p => p.GetProperty("severity").GetString() == "error");
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("sheet").GetString()));
        Assert.Matches("^[A-Z]+[0-9]+$", problem.GetProperty("cell").GetString()!);
        Assert.StartsWith("trang tính", problem.GetProperty("place").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_FiftyMegabytes_Refused413BeforeReading()
    {
        using var api = await OrganiserAsync();
        var before = await EditionCountAsync();

        using var response = await api.PostAsync(U("/api/v1/editions"), EditionFiles.Form(new byte[50 * 1024 * 1024], "lon.yaml"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("lớn hơn 20 MB", body, StringComparison.Ordinal);
        Assert.Equal(before, await EditionCountAsync());
    }

    [Fact]
    public async Task Upload_YamlAliasBomb_RefusedWithTheReason()
    {
        using var api = await OrganiserAsync();
        var text = new StringBuilder($"id: {NewId()}\nedition: 2026\ntitle: Bom\nnotes: &a0 [\"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\"]\n");
        for (var level = 1; level <= 12; level++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9))}]\n");
        }

        text.Append("tree: [{code: \"1\", name: Một, max: 10, description: *a12}]\n");

        using var response = await api.PostAsync(U("/api/v1/editions"), EditionFiles.Form(text.ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bí danh", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ZipBomb_RefusedByTheWorkbookGuard()
    {
        using var api = await OrganiserAsync();
        var before = await EditionCountAsync();

        using var response = await api.PostAsync(U("/api/v1/editions"), EditionFiles.Form(EditionFiles.ZipBomb(), "bom.xlsx"));
        var problems = (await EditionFiles.JsonAsync(response)).GetProperty("problems").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("XL015", Assert.Single(problems).GetProperty("code").GetString());
        Assert.Equal(before, await EditionCountAsync());
    }

    [Fact]
    public async Task Publish_Draft_ImmutableWithItsHash_SecondPublishConflicts()
    {
        using var api = await OrganiserAsync();
        var id = (await EditionFiles.JsonAsync(await api.PostAsync(U("/api/v1/editions"), EditionFiles.Form(EditionFiles.Yaml(NewId()))))).GetProperty("id").GetInt32();

        using var published = await api.PostAsync(U($"/api/v1/editions/{id}/publish"), null);
        using var again = await api.PostAsync(U($"/api/v1/editions/{id}/publish"), null);
        var details = await EditionFiles.JsonAsync(await api.GetAsync(U($"/api/v1/editions/{id}")));
        await using var db = factory.NewContext();
        var stored = await db.FrameworkEditions.SingleAsync(e => e.Id == id);
        stored.Title = "Sửa sau khi ban hành";

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (published.StatusCode, again.StatusCode));
        Assert.Equal("published", details.GetProperty("edition").GetProperty("status").GetString());
        Assert.Equal(FrameworkEdition.HashOf(stored.Yaml), (await EditionFiles.JsonAsync(published)).GetProperty("hash").GetString());
        await Assert.ThrowsAsync<Data.ImmutableEntityException>(() => db.SaveChangesAsync());
        Assert.Contains(await db.AuditEvents.AsNoTracking().Where(a => a.EntityType == nameof(FrameworkEdition) && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.Action).ToListAsync(), a => a == "publish");
    }

    [Fact]
    public async Task Copy_NewEditionFromLastYears_DraftWithNextEdition_DiffEmpty_SecondCopyConflicts()
    {
        using var api = await OrganiserAsync();
        var id = (await EditionFiles.JsonAsync(await api.PostAsync(U("/api/v1/editions"), EditionFiles.Form(EditionFiles.Yaml(NewId()))))).GetProperty("id").GetInt32();

        using var copied = await api.PostAsync(U($"/api/v1/editions/{id}/copy"), null);
        var copy = (await EditionFiles.JsonAsync(copied)).GetProperty("id").GetInt32();
        using var again = await api.PostAsync(U($"/api/v1/editions/{id}/copy"), null);
        var details = (await EditionFiles.JsonAsync(await api.GetAsync(U($"/api/v1/editions/{copy}")))).GetProperty("edition");
        var diff = await EditionFiles.JsonAsync(await api.GetAsync(U($"/api/v1/editions/{id}/diff/{copy}")));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Conflict), (copied.StatusCode, again.StatusCode));
        Assert.Equal((2027, "draft", id), (details.GetProperty("edition").GetInt32(), details.GetProperty("status").GetString(), details.GetProperty("basedOnId").GetInt32()));
        Assert.Empty(diff.GetProperty("changes").EnumerateArray());
        Assert.All(diff.GetProperty("crosswalk").EnumerateArray(), l => Assert.True(l.GetProperty("comparable").GetBoolean()));
    }

    [Fact]
    public async Task Diff_RuleAndMaxChanged_ListedAndDownloadable()
    {
        using var api = await OrganiserAsync();
        var framework = NewId();
        var earlier = (await EditionFiles.JsonAsync(await api.PostAsync(U("/api/v1/editions"), EditionFiles.Form(EditionFiles.Yaml(framework))))).GetProperty("id").GetInt32();
        var later = (await EditionFiles.JsonAsync(await api.PostAsync(U("/api/v1/editions"), EditionFiles.Form(EditionFiles.Yaml(framework, 2027, "max * clamp(ratio(da_lam, tong) / 0.8, 0, 1)", 20))))).GetProperty("id").GetInt32();

        var diff = await EditionFiles.JsonAsync(await api.GetAsync(U($"/api/v1/editions/{earlier}/diff/{later}")));
        var kinds = diff.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("laterCode").GetString())).ToList();
        using var browser = new Browser(factory);
        await browser.SignInAsync("tochuc@demo.chiso.vn");
        var csv = Encoding.UTF8.GetString(await browser.Client.GetByteArrayAsync(U($"/editions/{earlier}/diff/{later}.csv")));
        using var xlsx = await browser.Client.GetAsync(U($"/editions/{earlier}/diff/{later}.xlsx"));

        Assert.Equal([("max_points", "1"), ("max_points", "1.1"), ("rule", "1.1")], kinds);
        Assert.StartsWith("\uFEFF\"change\",\"earlier_code\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"rule\",\"1.1\",\"1.1\"", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Export_PublishedWorkbookUpload_YamlAndWorkbookReadBackToTheSameHash()
    {
        using var api = await OrganiserAsync();
        var framework = Files.FrameworkSources.FromYaml(EditionFiles.Yaml(NewId()), "x.yaml").Framework!;
        using var workbook = new MemoryStream();
        Files.Frameworks.FrameworkWorkbook.Write(framework, workbook);
        var created = await EditionFiles.JsonAsync(await api.PostAsync(U("/api/v1/editions"), EditionFiles.Form(workbook.ToArray(), "bo-chi-so.xlsx")));
        var id = created.GetProperty("id").GetInt32();
        await api.PostAsync(U($"/api/v1/editions/{id}/publish"), null);

        var yaml = await api.GetByteArrayAsync(U($"/api/v1/editions/{id}/export?to=yaml"));
        var xlsx = await api.GetByteArrayAsync(U($"/api/v1/editions/{id}/export?to=xlsx"));
        using var wrong = await api.GetAsync(U($"/api/v1/editions/{id}/export?to=pdf"));

        var hash = created.GetProperty("hash").GetString();
        Assert.Equal(hash, FrameworkEdition.HashOf(Encoding.UTF8.GetString(yaml)));
        Assert.Equal(hash, EditionRoundTripTests.HashOfUpload(yaml, "tai-ve.yaml"));
        Assert.Equal(hash, EditionRoundTripTests.HashOfUpload(xlsx, "tai-ve.xlsx"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    [Fact]
    public async Task Api_Document_EveryEditionsOperationNamedAndSummarised()
    {
        using var browser = new Browser(factory);
        using var document = JsonDocument.Parse(await browser.Client.GetStringAsync(U("/openapi/v1.json")));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/editions", StringComparison.Ordinal) && !p.Name.Contains("/draft", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject()).ToList();

        Assert.Equal(7, operations.Count);
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Value.GetProperty("operationId").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(o.Value.GetProperty("summary").GetString()));
            Assert.Equal("Editions", o.Value.GetProperty("tags")[0].GetString());
        });
    }
}
