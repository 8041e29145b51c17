using System.Net;
using ChiSo.Data.Notifications;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.People;

/// <summary>"Nhận liên kết mới": the same answer for every address; a fresh link only to an active account.</summary>
public sealed class NewLinkTests(PeopleApp app) : IClassFixture<PeopleApp>
{
    [Fact]
    public async Task NewLink_KnownAndUnknownAddress_SameAnswerAndOnlyTheKnownOneIsMailed()
    {
        var known = PeopleApp.NewEmail("xinlai");
        await app.CreateAsync("Mai Xin Lại", known);
        var unknown = PeopleApp.NewEmail("khongco");

        var (knownLocation, knownPage) = await AskAsync(known);
        var (unknownLocation, unknownPage) = await AskAsync(unknown);

        Assert.Equal("/account/new-link?sent=true", knownLocation);
        Assert.Equal(knownLocation, unknownLocation);
        Assert.Equal(knownPage, unknownPage);
        Assert.Contains("Nếu địa chỉ này thuộc một tài khoản đang hoạt động", knownPage, StringComparison.Ordinal);
        Assert.Equal(2, (await app.MailedSecretsAsync(known)).Count);
        await using var db = app.NewContext();
        Assert.False(await db.Set<OutboxMessage>().AnyAsync(m => m.To == unknown));
    }

    [Fact]
    public async Task NewLink_DeactivatedAccount_NotMailed()
    {
        var email = PeopleApp.NewEmail("danghi");
        var id = await app.CreateAsync("Đã Nghỉ", email);
        using var admin = app.Administrator();
        using (await admin.PostAsync(new Uri($"/api/v1/people/{id}/deactivate", UriKind.Relative), null))
        {
        }

        await AskAsync(email);

        Assert.Single(await app.MailedSecretsAsync(email));
    }

    [Fact]
    public async Task NewLink_SameAddressManyTimes_AtMostThreeLinksAnHour()
    {
        var email = PeopleApp.NewEmail("nhieulan");
        await app.CreateAsync("Nhiều Lần", email);

        for (var i = 0; i < 5; i++)
        {
            await AskAsync(email);
        }

        Assert.Equal(1 + Features.People.NewLinks.PerAddress, (await app.MailedSecretsAsync(email)).Count);
    }

    private async Task<(string? Location, string Page)> AskAsync(string email)
    {
        using var client = app.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = Browser.TokenIn(await client.GetStringAsync(new Uri("/account/new-link", UriKind.Relative)));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync(new Uri("/account/new-link", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString;
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(location!, UriKind.Relative)));
        // Each client has its own antiforgery token; everything else must be the same.
        return (location, System.Text.RegularExpressions.Regex.Replace(page, "name=\"__RequestVerificationToken\" value=\"[^\"]+\"", ""));
    }
}
