using ChiSo.Data.Notifications;
using ChiSo.Web.Features.Notifications;
using ChiSo.Web.Tests.Progress;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Notifications;

[Collection(ProgressAppGroup.Name)]
public class NotificationInboxTests(ProgressApp app)
{
    [Fact]
    public async Task Reminder_UnitReporter_SeesItOnTheBellAndMarksItRead()
    {
        using var reporter = new Browser(app.Factory);
        await reporter.SignInAsync("baocao@demo.chiso.vn");
        await MarkAllReadAsync(reporter);
        using (var scope = app.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Reminders>().SendAsync(app.Campaign.CampaignId, [app.Campaign.S08], "test");
        }

        var home = await reporter.PageAsync("/");
        var list = await reporter.PageAsync("/notifications");
        await MarkAllReadAsync(reporter);
        var after = await reporter.PageAsync("/");

        Assert.Contains("aria-label=\"Thông báo: 1 chưa đọc\"", home, StringComparison.Ordinal);
        Assert.Contains("Nhắc nhở hoàn thành tự đánh giá: " + MiniCampaign.Name, list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/campaigns/{app.Campaign.CampaignId}/units/{app.Campaign.S08}\"", list, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Thông báo\"", after, StringComparison.Ordinal);
        // Marking is per user: the unit head's copy is still unread.
        Assert.True(await UnreadAsync("thutruong@demo.chiso.vn") >= 1);
        Assert.Equal(0, await UnreadAsync("baocao@demo.chiso.vn"));
    }

    [Fact]
    public async Task NotificationsPage_Anonymous_RedirectedToSignIn()
    {
        using var browser = new Browser(app.Factory);

        var response = await browser.Client.GetAsync(new Uri("/notifications", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/signin", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static async Task MarkAllReadAsync(Browser browser)
    {
        var token = Browser.TokenIn(await browser.PageAsync("/notifications"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var response = await browser.Client.PostAsync(new Uri("/notifications/read", UriKind.Relative), form);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<int> UnreadAsync(string email)
    {
        await using var db = app.Factory.NewContext();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.Set<Notification>().CountAsync(n => n.UserId == id && n.ReadAt == null);
    }
}
