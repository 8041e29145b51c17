using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChiSo.Data.Accounts;
using ChiSo.Data.Notifications;
using ChiSo.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.People;

public sealed class PeopleApiTests(PeopleApp app) : IClassFixture<PeopleApp>
{
    [Fact]
    public async Task Create_Administrator_CreatesPersonWithPhoneMembershipInvitationMailNotificationAndAudit()
    {
        var email = PeopleApp.NewEmail("moi");

        var id = await app.CreateAsync("Trần Thị Mới", email);

        await using var db = app.NewContext();
        var user = await db.Users.SingleAsync(u => u.Id == id);
        var membership = await db.Memberships.SingleAsync(m => m.UserId == id);
        var mail = await db.Set<OutboxMessage>().SingleAsync(m => m.To == email);
        var notice = await db.Set<Notification>().SingleAsync(n => n.UserId == id);
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityType == "User" && e.EntityId == id);
        Assert.Equal("Trần Thị Mới", user.DisplayName);
        Assert.Null(user.PasswordHash);
        Assert.Equal(Role.UnitReporter, membership.Role);
        Assert.StartsWith("Mời sử dụng ChiSo", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Kính gửi Trần Thị Mới", mail.Body, StringComparison.Ordinal);
        Assert.Contains("You are invited to use ChiSo", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Chào mừng bạn đến ChiSo", notice.Body, StringComparison.Ordinal);
        Assert.Equal(("create", "quantri@demo.chiso.vn"), (audit.Action, audit.Actor));
        var secret = Assert.Single(await app.MailedSecretsAsync(email));
        using var scope = app.App.Services.CreateScope();
        var check = await scope.ServiceProvider.GetRequiredService<AccountTickets>().CheckAsync(secret);
        Assert.Equal((TicketState.Valid, id), (check.State, check.UserId));
    }

    [Fact]
    public async Task Create_PhoneKept_AndShownByGet()
    {
        var email = PeopleApp.NewEmail("dienthoai");
        using var admin = app.Administrator();
        using var created = await admin.PostAsJsonAsync(new Uri("/api/v1/people", UriKind.Relative),
            PeopleApp.Person("Lê Văn Gọi", email, "UnitHead", app.OwnProvinceUnit, "0912 345 678"));
        var id = (await created.Content.ReadFromJsonAsync<CreatedPerson>())!.Id;

        var person = await admin.GetFromJsonAsync<PersonItemDetails>(new Uri($"/api/v1/people/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("0912 345 678", person!.Person.Phone);
        Assert.Equal(Role.UnitHead, Assert.Single(person.Person.Memberships).Role);
        Assert.NotNull(person.Invitation.SentAt);
        Assert.Contains(person.History, e => e.Action == "create");
    }

    [Theory]
    [InlineData("", "a@b.vn", "Thiếu họ tên.")]
    [InlineData("Tên", "khong-phai-thu", "không đúng dạng")]
    public async Task Create_BadDetails_400ListsTheReason(string name, string email, string reason)
    {
        using var admin = app.Administrator();

        using var response = await admin.PostAsJsonAsync(new Uri("/api/v1/people", UriKind.Relative), PeopleApp.Person(name, email, "UnitReporter", app.OwnProvinceUnit));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ExistingEmail_400AlreadyExists()
    {
        using var admin = app.Administrator();

        using var response = await admin.PostAsJsonAsync(new Uri("/api/v1/people", UriKind.Relative), PeopleApp.Person("Trùng", "BAOCAO@demo.chiso.vn", "UnitReporter", app.OwnProvinceUnit));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Đã có người dùng với thư điện tử", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SearchWithoutDiacritics_FindsVietnameseName()
    {
        var email = PeopleApp.NewEmail("timkiem");
        await app.CreateAsync("Nguyễn Đức Tìm", email);
        using var admin = app.Administrator();

        var found = await admin.GetFromJsonAsync<PeopleList>(new Uri("/api/v1/people?q=nguyen%20duc%20tim", UriKind.Relative));
        var none = await admin.GetFromJsonAsync<PeopleList>(new Uri("/api/v1/people?q=nguyen%20duc%20tim&active=false", UriKind.Relative));
        var byRole = await admin.GetFromJsonAsync<PeopleList>(new Uri("/api/v1/people?role=Administrator", UriKind.Relative));

        Assert.Equal(email, Assert.Single(found!.People).Email);
        Assert.Empty(none!.People);
        Assert.All(byRole!.People, p => Assert.Contains(p.Memberships, m => m.Role == Role.Administrator));
        Assert.Contains(byRole.People, p => p.Email == "quantri@demo.chiso.vn");
    }

    [Fact]
    public async Task List_Paging_PagesOfTheGivenSize()
    {
        using var admin = app.Administrator();

        var first = await admin.GetFromJsonAsync<PeopleList>(new Uri("/api/v1/people?pageSize=2&page=1", UriKind.Relative));
        var second = await admin.GetFromJsonAsync<PeopleList>(new Uri("/api/v1/people?pageSize=2&page=2", UriKind.Relative));

        Assert.True(first!.Total >= 6);
        Assert.Equal(2, first.People.Count);
        Assert.Equal(2, second!.Page);
        Assert.Empty(first.People.Select(p => p.Id).Intersect(second.People.Select(p => p.Id)));
    }

    [Fact]
    public async Task Resend_NewLinkSupersedesTheOldOne()
    {
        var email = PeopleApp.NewEmail("guilai");
        var id = await app.CreateAsync("Phạm Gửi Lại", email);
        using var admin = app.Administrator();

        using var response = await admin.PostAsync(new Uri($"/api/v1/people/{id}/invitation", UriKind.Relative), null);
        var secrets = await app.MailedSecretsAsync(email);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(2, secrets.Count);
        using var scope = app.App.Services.CreateScope();
        var tickets = scope.ServiceProvider.GetRequiredService<AccountTickets>();
        Assert.Equal(TicketState.Superseded, (await tickets.CheckAsync(secrets[0])).State);
        Assert.Equal(TicketState.Valid, (await tickets.CheckAsync(secrets[1])).State);
        await using var db = app.NewContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityId == id && e.Action == "invite"));
    }

    [Fact]
    public async Task Memberships_Replaced_AddsRemovesAndAudits()
    {
        var id = await app.CreateAsync("Võ Đổi Vai", PeopleApp.NewEmail("doivai"));
        using var admin = app.Administrator();

        using var response = await admin.PutAsJsonAsync(new Uri($"/api/v1/people/{id}/memberships", UriKind.Relative), new
        {
            memberships = new[] { new { role = "UnitHead", unitCode = app.OwnProvinceUnit }, new { role = "Reviewer", unitCode = "" } },
        });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await using var db = app.NewContext();
        var roles = await db.Memberships.Where(m => m.UserId == id).Select(m => m.Role).ToListAsync();
        Assert.Equal([Role.UnitHead, Role.Reviewer], roles.Order());
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityId == id && e.Action == "memberships"));
    }

    [Fact]
    public async Task Deactivate_ThenReactivate_ShownInListAndAudited()
    {
        var id = await app.CreateAsync("Đỗ Tạm Nghỉ", PeopleApp.NewEmail("tamnghi"));
        using var admin = app.Administrator();

        using var off = await admin.PostAsync(new Uri($"/api/v1/people/{id}/deactivate", UriKind.Relative), null);
        var deactivated = await admin.GetFromJsonAsync<PersonItemDetails>(new Uri($"/api/v1/people/{id}", UriKind.Relative));
        using var resend = await admin.PostAsync(new Uri($"/api/v1/people/{id}/invitation", UriKind.Relative), null);
        using var on = await admin.PostAsync(new Uri($"/api/v1/people/{id}/reactivate", UriKind.Relative), null);
        var reactivated = await admin.GetFromJsonAsync<PersonItemDetails>(new Uri($"/api/v1/people/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, off.StatusCode);
        Assert.False(deactivated!.Person.Active);
        Assert.Equal(HttpStatusCode.BadRequest, resend.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, on.StatusCode);
        Assert.True(reactivated!.Person.Active);
        Assert.Contains(reactivated.History, e => e.Action == "deactivate");
    }

    [Fact]
    public async Task OpenApi_DescribesPeopleOperations()
    {
        using var client = app.App.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/v1/people", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value).ToList();

        Assert.Equal(10, operations.Count);
        Assert.All(operations, o => Assert.True(o.TryGetProperty("operationId", out _) && o.TryGetProperty("summary", out _)));
        Assert.Contains(operations, o => o.GetProperty("operationId").GetString() == "ApplyPeopleSheet");
    }
}
