using System.Net;
using System.Text.Json;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Collection;

[Collection(SharedApp.Name)]
public class SaveValueTests(WebAppFactory factory)
{
    [Fact]
    public async Task SaveValue_CurrentVersion_PersistsWithWhoAndThePreviousValue()
    {
        var (ids, browser, token) = await ReporterAsync();
        using var _ = browser;
        var before = await StoredAsync(ids, "1.3", "van_ban_ky");

        var response = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "1.3", input = "van_ban_ky", value = "7", version = before?.Version });
        var after = await StoredAsync(ids, "1.3", "van_ban_ky");
        var page = await browser.PageAsync($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(7, after!.Number);
        Assert.Equal("baocao@demo.chiso.vn", after.EnteredBy);
        Assert.Equal(before?.Number, after.PreviousNumber);
        Assert.Contains("id=\"i-1-3-van_ban_ky\" type=\"number\" inputmode=\"decimal\" value=\"7\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveValue_TwoSaves_TheLaterAnswerCarriesAHigherRevision()
    {
        var (ids, browser, token) = await ReporterAsync();
        using var _ = browser;
        var version = (await StoredAsync(ids, "2.2", "quy_che"))?.Version;

        // The form applies only points at least as new as the newest it has shown: the revision must grow per save.
        var first = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "2.2", input = "quy_che", value = "123/QĐ-SKHCN", version });
        using var one = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var second = await browser.SaveAsync(ids.OwnSubmissionId, token, new
        {
            criterion = "2.2", input = "quy_che", value = "124/QĐ-SKHCN", version = one.RootElement.GetProperty("value").GetProperty("version").GetInt32(),
        });
        using var two = JsonDocument.Parse(await second.Content.ReadAsStringAsync());

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.True(two.RootElement.GetProperty("revision").GetInt32() > one.RootElement.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task SaveValue_StaleVersion_Conflict409WithBothValues()
    {
        var (ids, browser, token) = await ReporterAsync();
        using var _ = browser;
        var version = (await StoredAsync(ids, "1.2", "tong_cuoc_hop"))?.Version;
        var first = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "1.2", input = "tong_cuoc_hop", value = "12", version });

        var stale = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "1.2", input = "tong_cuoc_hop", value = "40", version });
        using var body = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("12", body.RootElement.GetProperty("stored").GetProperty("value").GetString());
        Assert.Equal("40", body.RootElement.GetProperty("attempted").GetProperty("value").GetString());
        Assert.Equal(12, (await StoredAsync(ids, "1.2", "tong_cuoc_hop"))!.Number);
    }

    [Fact]
    public async Task SaveValue_FirstSaveWhenAValueIsStored_Conflict409AndTheStoredValueKept()
    {
        var (ids, browser, token) = await ReporterAsync();
        using var _ = browser;
        await ClearAsync(ids, "1.3", "van_ban_yeu_cau");
        var saved = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "1.3", input = "van_ban_yeu_cau", value = "9", version = (int?)null });

        // A second form that saw no value yet: its first save must not overwrite the one just stored.
        var late = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "1.3", input = "van_ban_yeu_cau", value = "4", version = (int?)null });
        using var body = JsonDocument.Parse(await late.Content.ReadAsStringAsync());

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (saved.StatusCode, late.StatusCode));
        Assert.Equal("9", body.RootElement.GetProperty("stored").GetProperty("value").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("stored").GetProperty("version").GetInt32());
        Assert.Equal((9, 0), ((await StoredAsync(ids, "1.3", "van_ban_yeu_cau"))!.Number, (await StoredAsync(ids, "1.3", "van_ban_yeu_cau"))!.Version));
    }

    [Fact]
    public async Task SaveValue_AVersionForAnInputWithNoValue_Conflict409WithAnEmptyStoredValueAndNothingWritten()
    {
        var (ids, browser, token) = await ReporterAsync();
        using var _ = browser;
        await ClearAsync(ids, "6.4", "so_dich_vu");

        var response = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "6.4", input = "so_dich_vu", value = "5", version = 3 });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("", body.RootElement.GetProperty("stored").GetProperty("value").GetString());
        Assert.Null(await StoredAsync(ids, "6.4", "so_dich_vu"));
    }

    [Fact]
    public async Task SaveValue_Emptied_StoresNoValueAndKeepsThePreviousOne()
    {
        var (ids, browser, token) = await ReporterAsync();
        using var _ = browser;
        var version = (await StoredAsync(ids, "1.2", "hop_lanh_dao_chu_tri"))?.Version;
        var set = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "1.2", input = "hop_lanh_dao_chu_tri", value = "6", version });
        using var one = JsonDocument.Parse(await set.Content.ReadAsStringAsync());

        var cleared = await browser.SaveAsync(ids.OwnSubmissionId, token, new
        {
            criterion = "1.2", input = "hop_lanh_dao_chu_tri", value = "", version = one.RootElement.GetProperty("value").GetProperty("version").GetInt32(),
        });
        var stored = await StoredAsync(ids, "1.2", "hop_lanh_dao_chu_tri");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (set.StatusCode, cleared.StatusCode));
        Assert.Null(stored!.Number);
        Assert.Equal(6, stored.PreviousNumber);
        Assert.Equal(one.RootElement.GetProperty("value").GetProperty("version").GetInt32() + 1, stored.Version);
    }

    [Fact]
    public async Task SaveValue_OutOfRange_Refused400InVietnamese()
    {
        var (ids, browser, token) = await ReporterAsync();
        using var _ = browser;

        var response = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "1.3", input = "van_ban_yeu_cau", value = "-3", version = (int?)null });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nằm ngoài khoảng cho phép", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveValue_CitationPartsWithABarInTheSummary_EveryPartComesBackInItsField()
    {
        // Issue 10 §4: the form sends a citation's parts; a "|" in the summary must not push text into the signer.
        var (ids, browser, token) = await ReporterAsync();
        using var _ = browser;
        var version = (await StoredAsync(ids, "2.2", "quy_che"))?.Version;
        string[] parts = ["125/QD-SKHCN", "2026-03-02", "Quy che du lieu | giai doan 2026-2030", "Nguyen Van A"];

        var response = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "2.2", input = "quy_che", parts, version });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var stale = await browser.SaveAsync(ids.OwnSubmissionId, token, new { criterion = "2.2", input = "quy_che", parts, version });
        using var conflict = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());
        var page = await browser.PageAsync($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (response.StatusCode, stale.StatusCode));
        Assert.Equal(parts, body.RootElement.GetProperty("value").GetProperty("parts").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(parts, conflict.RootElement.GetProperty("stored").GetProperty("parts").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("value=\"Quy che du lieu | giai doan 2026-2030\" maxlength=\"500\" data-part=\"2\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Nguyen Van A\" maxlength=\"200\" data-part=\"3\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveValue_WithoutToken_Refused()
    {
        var (ids, browser, _) = await ReporterAsync();
        using var __ = browser;

        var response = await browser.SaveAsync(ids.OwnSubmissionId, "not-a-token", new { criterion = "1.3", input = "van_ban_ky", value = "2", version = (int?)null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<(DemoIds Ids, Browser Browser, string Token)> ReporterAsync()
    {
        var ids = await DemoIds.ReadAsync(factory);
        var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");
        var token = Browser.TokenIn(await browser.PageAsync($"/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}"));
        return (ids, browser, token);
    }

    private Task ClearAsync(DemoIds ids, string criterion, string input) => SelfValues.ClearAsync(factory.NewContext, ids.OwnSubmissionId, criterion, input);

    private Task<InputValue?> StoredAsync(DemoIds ids, string criterion, string input) => SelfValues.StoredAsync(factory.NewContext, ids.OwnSubmissionId, criterion, input);
}
