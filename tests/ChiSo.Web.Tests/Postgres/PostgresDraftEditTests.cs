using System.Net;
using System.Net.Http.Json;
using ChiSo.Web.Tests.EditionEditor;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Postgres;

/// <summary>A draft edit and a stale one on PostgreSQL: the conditional update and the audit event share one transaction there too.</summary>
public sealed class PostgresDraftEditTests(PostgresWebAppFactory app) : IClassFixture<PostgresWebAppFactory>
{
    [Fact]
    public async Task Edit_ThenAStaleEdit_OneStoredAndAuditedTheOther409()
    {
        Data.Frameworks.FrameworkEdition draft;
        await using (var db = app.NewContext())
        {
            draft = await Drafts.AddAsync(db);
        }

        using var browser = new Browser(app);
        await browser.SignInAsync("tochuc@demo.chiso.vn");
        var token = Browser.TokenIn(await browser.PageAsync("/"));
        async Task<HttpResponseMessage> EditAsync(object body)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/editions/{draft.Id}/draft/edits", UriKind.Relative)) { Content = JsonContent.Create(body) };
            message.Headers.Add("RequestVerificationToken", token);
            return await browser.Client.SendAsync(message);
        }

        var applied = await EditAsync(new { op = "remove-node", code = "1.2", basedOn = draft.ContentHash });
        var stale = await EditAsync(new { op = "set-rule", code = "1.1", rule = "max", basedOn = draft.ContentHash });
        await using var check = app.NewContext();
        var stored = await check.FrameworkEditions.AsNoTracking().SingleAsync(e => e.Id == draft.Id);
        var key = draft.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.DoesNotContain("\"1.2\"", stored.Yaml, StringComparison.Ordinal);
        Assert.Contains("score: max * ratio(a, b)", stored.Yaml, StringComparison.Ordinal);
        Assert.Equal(1, await check.AuditEvents.CountAsync(e => e.EntityType == "FrameworkEdition" && e.EntityId == key));
        Assert.True((await Data.Audit.AuditLog.VerifyAsync(check)).IsIntact);
    }
}
