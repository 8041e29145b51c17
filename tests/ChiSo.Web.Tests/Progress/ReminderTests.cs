using System.Net;
using ChiSo.Data.Notifications;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Progress;

[Collection(ProgressAppGroup.Name)]
public class ReminderTests(ProgressApp app)
{
    private MiniCampaign Mini => app.Campaign;

    [Fact]
    public async Task RemindOverdue_Organiser_NotifiesAndQueuesMailForTheOverdueUnitsPeople()
    {
        using var browser = new Browser(app.Factory);
        await browser.SignInAsync("tochuc@demo.chiso.vn");
        var (notesBefore, mailsBefore) = await CountsAsync();

        var response = await RemindAsync(browser, ("scope", "overdue"));

        // Overdue: S08 (its reporter and head: 2 people) and S05 (nobody has an account) → 2 notifications, 2 e-mails.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/campaigns/{Mini.CampaignId}/progress?reminded=2&emails=2", response.Headers.Location?.OriginalString);
        Assert.Equal((notesBefore + 2, mailsBefore + 2), await CountsAsync());
        await using var db = app.Factory.NewContext();
        var mail = await db.Set<OutboxMessage>().OrderByDescending(m => m.Id).FirstAsync();
        Assert.Null(mail.SentAt);
        Assert.Contains(MiniCampaign.Name, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Nhắc nhở", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemindOneUnit_Organiser_NotifiesOnlyThatUnit()
    {
        using var browser = new Browser(app.Factory);
        await browser.SignInAsync("quantri@demo.chiso.vn");
        var (notesBefore, _) = await CountsAsync();

        var response = await RemindAsync(browser, ("unit", Mini.S07.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // S07 has no accounts in the demo: the unit is reminded, nobody is notified.
        Assert.Equal($"/campaigns/{Mini.CampaignId}/progress?reminded=1&emails=0", response.Headers.Location?.OriginalString);
        Assert.Equal(notesBefore, (await CountsAsync()).Notes);
    }

    [Theory]
    [InlineData("baocao@demo.chiso.vn")]
    [InlineData("lanhdao@demo.chiso.vn")]
    [InlineData("thamdinh@demo.chiso.vn")]
    public async Task Remind_NotOrganiser_ForbiddenAndNothingQueued(string email)
    {
        using var browser = new Browser(app.Factory);
        await browser.SignInAsync(email);
        var before = await CountsAsync();

        var response = await RemindAsync(browser, ("scope", "overdue"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Remind_WithoutAntiforgeryToken_Refused()
    {
        using var browser = new Browser(app.Factory);
        await browser.SignInAsync("tochuc@demo.chiso.vn");
        var before = await CountsAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["scope"] = "overdue" });

        var response = await browser.Client.PostAsync(new Uri($"/campaigns/{Mini.CampaignId}/progress/remind", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<HttpResponseMessage> RemindAsync(Browser browser, (string Name, string Value) field)
    {
        var token = Browser.TokenIn(await browser.PageAsync("/"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { [field.Name] = field.Value, ["__RequestVerificationToken"] = token });
        return await browser.Client.PostAsync(new Uri($"/campaigns/{Mini.CampaignId}/progress/remind", UriKind.Relative), form);
    }

    private async Task<(int Notes, int Mails)> CountsAsync()
    {
        await using var db = app.Factory.NewContext();
        return (await db.Set<Notification>().CountAsync(), await db.Set<OutboxMessage>().CountAsync());
    }
}
