using ChiSo.Data.Accounts;
using ChiSo.Data.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChiSo.Data.Tests.Accounts;

public sealed class AccountTicketsTests
{
    private static async Task<string> AddUserAsync(ChiSoDbContext db)
    {
        var user = new ChiSoUser { UserName = "a@so.gov.vn", Email = "a@so.gov.vn" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    [Theory, AllDatabases]
    public async Task Redeem_ValidTicket_WorksOnceThenSaysUsed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var user = await AddUserAsync(db);
        var tickets = new AccountTickets(db, TimeProvider.System);
        var secret = await tickets.IssueAsync(user, "cli");

        Assert.Equal(43, secret.Length);
        Assert.Equal(new TicketCheck(TicketState.Valid, user), await tickets.CheckAsync(secret));
        Assert.Equal(new TicketCheck(TicketState.Valid, user), await tickets.RedeemAsync(secret));
        Assert.Equal(TicketState.Used, (await new AccountTickets(database.NewContext(), TimeProvider.System).RedeemAsync(secret)).State);
        Assert.DoesNotContain(db.AccountTickets, t => t.Hash == secret);
    }

    [Theory, AllDatabases]
    public async Task Redeem_AfterExpiry_SaysExpired(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var user = await AddUserAsync(db);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
        var tickets = new AccountTickets(db, clock);
        var secret = await tickets.IssueAsync(user, "quantri@so.gov.vn", TimeSpan.FromHours(48));

        clock.Advance(TimeSpan.FromHours(47));
        Assert.True((await tickets.CheckAsync(secret)).IsValid);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(TicketState.Expired, (await tickets.RedeemAsync(secret)).State);
    }

    [Theory, AllDatabases]
    public async Task Issue_Again_SupersedesTheOlderLink(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var user = await AddUserAsync(db);
        var tickets = new AccountTickets(db, TimeProvider.System);
        var first = await tickets.IssueAsync(user, "cli");
        var second = await tickets.IssueAsync(user, "cli");

        Assert.Equal(TicketState.Superseded, (await tickets.RedeemAsync(first)).State);
        Assert.True((await tickets.RedeemAsync(second)).IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("' OR 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Check_UnknownOrMalformedSecret_SaysUnknown(string? secret)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var tickets = new AccountTickets(database.NewContext(), TimeProvider.System);
        Assert.Equal(new TicketCheck(TicketState.Unknown, null), await tickets.RedeemAsync(secret));
    }
}
