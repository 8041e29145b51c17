using System.Net;
using ChiSo.Web.Tests.Setup;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.EditionEditor;

/// <summary>The editor's forms as a browser without script posts them.</summary>
[Collection(SharedApp.Name)]
public class EditorPageTests(WebAppFactory factory)
{
    private static async Task<HttpResponseMessage> PostAsync(Browser browser, int id, string node, string form, Dictionary<string, string> fields)
    {
        var page = await browser.PageAsync($"/editions/{id}/edit?node={node}");
        fields["_handler"] = form;
        fields["__RequestVerificationToken"] = Browser.TokenIn(page);
        using var content = new FormUrlEncodedContent(fields);
        return await browser.Client.PostAsync(new Uri($"/editions/{id}/edit?node={node}", UriKind.Relative), content);
    }

    [Fact]
    public async Task Page_Draft_TreeTotalsAndTheRuleInWords()
    {
        var draft = await Drafts.AddAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var page = await browser.PageAsync($"/editions/{draft.Id}/edit?node=1.1");

        Assert.Contains("Tỷ lệ cán bộ được đào tạo", page, StringComparison.Ordinal);
        Assert.Contains("Σ 30,00", page, StringComparison.Ordinal);
        Assert.Contains("Hợp lệ", page, StringComparison.Ordinal);
        Assert.Contains("«Số cán bộ được đào tạo»", page, StringComparison.Ordinal);
        Assert.Contains("Công thức hợp lệ.", page, StringComparison.Ordinal);
        Assert.Contains("js/edition-editor", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveNode_NewMax_RedirectsAndTheParentShowsItsTotalsDisagree()
    {
        var draft = await Drafts.AddAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await PostAsync(browser, draft.Id, "1.2", "node", new()
        {
            ["basedOn"] = draft.ContentHash, ["code"] = "1.2", ["newCode"] = "1.2", ["name"] = "Tiêu chí hai", ["max"] = "25,5", ["weight"] = "1",
        });
        var page = await browser.PageAsync($"/editions/{draft.Id}/edit?node=1.2");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("saved=true", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Σ 35,50 ≠", page, StringComparison.Ordinal);
        Assert.Contains("Điểm tối đa của \"1\" là 30 nhưng tổng điểm tối đa của các nút con được tính điểm là 35.5", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveRule_StaleHash_409WithWhoAndTheCurrentDraftAndTheTypedRuleKept()
    {
        var draft = await Drafts.AddAsync(factory);
        using var organiser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);
        using var administrator = await ApiCalls.AsAsync(factory, "quantri@demo.chiso.vn");
        var first = await PostAsync(administrator, draft.Id, "1.2", "node", new()
        {
            ["basedOn"] = draft.ContentHash, ["code"] = "1.2", ["newCode"] = "1.2", ["name"] = "Tên mới của quản trị", ["max"] = "20", ["weight"] = "1",
        });

        var response = await PostAsync(organiser, draft.Id, "1.1", "rule", new()
        {
            ["basedOn"] = draft.ContentHash, ["code"] = "1.1", ["rule"] = "max * ratio(b, a)", ["action"] = "save",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("bởi quantri@demo.chiso.vn lúc", page, StringComparison.Ordinal);
        Assert.Contains("Tên mới của quản trị", page, StringComparison.Ordinal);
        Assert.Contains("max * ratio(b, a)</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("score: max * ratio(a, b)", (await db.FrameworkEditions.AsNoTracking().SingleAsync(e => e.Id == draft.Id)).Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryIt_WithoutScript_PointsShownAndNothingSaved()
    {
        var draft = await Drafts.AddAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await PostAsync(browser, draft.Id, "1.1", "rule", new()
        {
            ["basedOn"] = draft.ContentHash, ["code"] = "1.1", ["rule"] = "max * ratio(a, b)", ["action"] = "try", ["sample-a"] = "30", ["sample-b"] = "40",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        await using var db = factory.NewContext();

        // 10 × 30 ÷ 40 = 7,5.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Điểm: 7,50", page, StringComparison.Ordinal);
        Assert.Equal(draft.ContentHash, (await db.FrameworkEditions.AsNoTracking().SingleAsync(e => e.Id == draft.Id)).ContentHash);
    }

    [Fact]
    public async Task TryIt_WrongRule_TheColumnMarked()
    {
        var draft = await Drafts.AddAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await PostAsync(browser, draft.Id, "1.1", "rule", new()
        {
            ["basedOn"] = draft.ContentHash, ["code"] = "1.1", ["rule"] = "max * ratio(a, c)", ["action"] = "try",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("max * ratio(a, <mark>c</mark>)", page, StringComparison.Ordinal);
        Assert.Contains("Cột 16:", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveInput_TheRuleUsesIt_400AndKept()
    {
        var draft = await Drafts.AddAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await PostAsync(browser, draft.Id, "1.1", "input-0", new()
        {
            ["basedOn"] = draft.ContentHash, ["code"] = "1.1", ["inputId"] = "a", ["action"] = "remove",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("đang dùng đầu vào \"a\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Reporter_Refused()
    {
        var draft = await Drafts.AddAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");

        var response = await browser.Client.GetAsync(new Uri($"/editions/{draft.Id}/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
