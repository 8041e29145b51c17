using System.Net;
using System.Text;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Editions;

/// <summary>The editions pages as an organiser uses them: upload, see the problems or the draft, publish.</summary>
[Collection(SharedApp.Name)]
public sealed class EditionPageTests(WebAppFactory factory)
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    private static async Task<HttpResponseMessage> UploadAsync(Browser browser, byte[] bytes, string name)
    {
        var token = Browser.TokenIn(await browser.PageAsync("/editions"));
        return await browser.Client.PostAsync(U("/editions/upload"), EditionFiles.Form(bytes, name, token));
    }

    private async Task<Browser> OrganiserAsync()
    {
        var browser = new Browser(factory);
        await browser.SignInAsync("tochuc@demo.chiso.vn");
        return browser;
    }

    [Fact]
    public async Task Upload_ValidYaml_DraftPageShowsTheTreeRulesInWordsAndTheEditLink()
    {
        using var browser = await OrganiserAsync();
        var id = "trang-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await UploadAsync(browser, Encoding.UTF8.GetBytes(EditionFiles.Yaml(id)), "bo.yaml");
        var location = response.Headers.Location!.OriginalString;
        var page = await browser.PageAsync(location);
        await using var db = factory.NewContext();
        var stored = await db.FrameworkEditions.AsNoTracking().SingleAsync(e => e.FrameworkId == id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/editions/{stored.Id}", location);
        Assert.Contains("Bản nháp", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/editions/{stored.Id}/edit\"", page, StringComparison.Ordinal);
        Assert.Contains("Sửa bản nháp", page, StringComparison.Ordinal);
        Assert.Contains(stored.ContentHash, page, StringComparison.Ordinal);
        Assert.Contains("data-code=\"1.1\"", page, StringComparison.Ordinal);
        Assert.Contains("Văn phòng UBND", page, StringComparison.Ordinal);
        Assert.Contains("Số hồ sơ trực tuyến (số nguyên", page, StringComparison.Ordinal);
        Assert.Contains("max * ratio(da_lam, tong)", page, StringComparison.Ordinal);
        Assert.Contains("«Số hồ sơ trực tuyến»", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_BrokenYaml_NothingStored_PageListsProblemsByLineAndColumn()
    {
        using var browser = await OrganiserAsync();
        var id = "hong-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await UploadAsync(browser, Encoding.UTF8.GetBytes(EditionFiles.Broken(id)), "hong.yaml");
        var page = await browser.PageAsync(response.Headers.Location!.OriginalString);
        await using var db = factory.NewContext();

        Assert.StartsWith("/editions?check=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(await db.FrameworkEditions.AnyAsync(e => e.FrameworkId == id));
        Assert.Contains("Tệp \"hong.yaml\" chưa được lưu", page, StringComparison.Ordinal);
        Assert.Matches("dòng [0-9]+, cột [0-9]+", page);
        Assert.Contains("khong_co", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_FiftyMegabytesThroughTheForm_RefusedWithTheReason()
    {
        using var browser = await OrganiserAsync();

        using var response = await UploadAsync(browser, new byte[50 * 1024 * 1024], "lon.xlsx");
        var page = await browser.PageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Tệp lớn hơn 20 MB", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_OfAnotherUser_NotShown()
    {
        using var browser = await OrganiserAsync();
        using var response = await UploadAsync(browser, Encoding.UTF8.GetBytes("khong: phai"), "x.yaml");
        using var admin = new Browser(factory);
        await admin.SignInAsync("quantri@demo.chiso.vn");

        var page = await admin.PageAsync(response.Headers.Location!.OriginalString);

        Assert.DoesNotContain("chưa được lưu", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_FromThePage_ShowsPublishedAndHash_NoMoreEditLink()
    {
        using var browser = await OrganiserAsync();
        var id = "ban-hanh-" + Guid.NewGuid().ToString("N")[..8];
        using var uploaded = await UploadAsync(browser, Encoding.UTF8.GetBytes(EditionFiles.Yaml(id)), "bo.yaml");
        var location = uploaded.Headers.Location!.OriginalString;
        var token = Browser.TokenIn(await browser.PageAsync(location));

        using var published = await browser.Client.PostAsync(U(location + "/publish"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var page = await browser.PageAsync(location);
        await using var db = factory.NewContext();
        var stored = await db.FrameworkEditions.AsNoTracking().SingleAsync(e => e.FrameworkId == id);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(Data.Frameworks.EditionStatus.Published, stored.Status);
        Assert.Contains("data-status=\"published\"", page, StringComparison.Ordinal);
        Assert.Contains(stored.ContentHash, page, StringComparison.Ordinal);
        Assert.DoesNotContain("/edit\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_DraftThatDoesNotValidateYet_ShownWithItsErrorsAndNotPublished()
    {
        using var browser = await OrganiserAsync();
        var id = "chua-xong-" + Guid.NewGuid().ToString("N")[..8];
        int editionId;
        await using (var db = factory.NewContext())
        {
            var draft = Data.Frameworks.FrameworkEdition.Draft(id, 2026, "Chưa xong", EditionFiles.Yaml(id).Replace("if(ke_hoach, max, 0)", "ke_hoach + max", StringComparison.Ordinal));
            db.FrameworkEditions.Add(draft);
            await db.SaveChangesAsync();
            editionId = draft.Id;
        }

        var page = await browser.PageAsync($"/editions/{editionId}");
        var token = Browser.TokenIn(page);
        using var published = await browser.Client.PostAsync(U($"/editions/{editionId}/publish"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        await using var check = factory.NewContext();

        Assert.Contains("Bản nháp này còn lỗi", page, StringComparison.Ordinal);
        Assert.Contains("data-code=\"1.2\"", page, StringComparison.Ordinal);
        Assert.StartsWith($"/editions/{editionId}?check=", published.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(Data.Frameworks.EditionStatus.Draft, (await check.FrameworkEditions.AsNoTracking().SingleAsync(e => e.Id == editionId)).Status);
    }
}
