using ChiSo.Data.Frameworks;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Setup;

/// <summary>Posts the set-up pages' forms as a browser does: the page's antiforgery token and the form's handler name.</summary>
public static class SetupForms
{
    public const string Organiser = "tochuc@demo.chiso.vn";

    public static async Task<HttpResponseMessage> PostAsync(Browser browser, string path, string handler, IDictionary<string, string> fields, string? tokenPage = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(fields);
        var token = Browser.TokenIn(await browser.PageAsync(tokenPage ?? path));
        var all = new Dictionary<string, string>(fields) { ["_handler"] = handler, ["__RequestVerificationToken"] = token };
        using var form = new FormUrlEncodedContent(all);
        return await browser.Client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    /// <summary>Creates a campaign on the published departmental framework; returns its id.</summary>
    public static async Task<int> CreateCampaignAsync(WebAppFactory factory, Browser browser, string name)
    {
        ArgumentNullException.ThrowIfNull(factory);
        int edition;
        await using (var db = factory.NewContext())
        {
            edition = await db.FrameworkEditions.Where(e => e.FrameworkId == "dti-so-nganh" && e.Status == EditionStatus.Published).Select(e => e.Id).FirstAsync();
        }

        var response = await PostAsync(browser, "/setup", "create", new Dictionary<string, string> { ["name"] = name, ["year"] = "2026", ["editionId"] = edition.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await using var check = factory.NewContext();
        return await check.Campaigns.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }

    public static async Task<int> TayNinhAsync(WebAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = factory.NewContext();
        return await db.Units.Where(u => u.Code == "80" && u.ValidTo == null && u.Level == UnitLevel.Province).Select(u => u.Id).SingleAsync();
    }
}
