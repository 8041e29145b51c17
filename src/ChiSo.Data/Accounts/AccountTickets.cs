using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Accounts;

/// <summary>What a link's secret turned out to be. Only <see cref="Valid"/> lets a password be set.</summary>
public enum TicketState
{
    Valid,
    Unknown,
    Used,
    Expired,
    Superseded,
}

/// <summary>The state of a ticket and, when it is known, whose it is.</summary>
public sealed record TicketCheck(TicketState State, string? UserId)
{
    public bool IsValid => State == TicketState.Valid;
}

/// <summary>
/// Issues and redeems <see cref="AccountTicket"/>s: the one place that makes set-password links, for the web app
/// (invitations, resends) and the CLI (<c>chiso users add</c> without a password) alike.
/// </summary>
public sealed class AccountTickets(ChiSoDbContext db, TimeProvider clock)
{
    /// <summary>The web app's page where a ticket's holder sets their password (the links the web and the CLI print).</summary>
    public const string SetPasswordPath = "/account/set-password";

    /// <summary>How long an invitation link works unless the caller says otherwise.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    /// <summary>
    /// Makes a new ticket for <paramref name="userId"/>, supersedes the person's open ones, saves, and returns the
    /// secret to put in the link (URL-safe; shown or mailed once, never stored).
    /// </summary>
    public async Task<string> IssueAsync(string userId, string createdBy, TimeSpan? lifetime = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Set<AccountTicket>()
            .Where(t => t.UserId == userId && t.Used == null && t.Superseded == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var ticket in open)
        {
            ticket.Superseded = now;
        }

        var secret = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.Add(new AccountTicket
        {
            UserId = userId,
            Hash = HashOf(secret),
            CreatedBy = createdBy.Length > 256 ? createdBy[..256] : createdBy,
            Created = now,
            Expires = now + (lifetime ?? DefaultLifetime),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return secret;
    }

    /// <summary>What the secret is, without using it (the set-password page shows the form only for a valid one).</summary>
    public async Task<TicketCheck> CheckAsync(string? secret, CancellationToken cancellationToken = default)
    {
        var ticket = await FindAsync(secret, cancellationToken).ConfigureAwait(false);
        return ticket is null ? new TicketCheck(TicketState.Unknown, null) : new TicketCheck(StateOf(ticket), ticket.UserId);
    }

    /// <summary>
    /// Uses the ticket: marks it used in one conditional update, so that two requests racing with the same link cannot
    /// both succeed. Call it in the transaction that sets the password.
    /// </summary>
    public async Task<TicketCheck> RedeemAsync(string? secret, CancellationToken cancellationToken = default)
    {
        var ticket = await FindAsync(secret, cancellationToken).ConfigureAwait(false);
        if (ticket is null)
        {
            return new TicketCheck(TicketState.Unknown, null);
        }

        var state = StateOf(ticket);
        if (state != TicketState.Valid)
        {
            return new TicketCheck(state, ticket.UserId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<AccountTicket>()
            .Where(t => t.Id == ticket.Id && t.Used == null && t.Superseded == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Used, now), cancellationToken).ConfigureAwait(false);
        return new TicketCheck(changed == 1 ? TicketState.Valid : TicketState.Used, ticket.UserId);
    }

    /// <summary>Lower-case hex SHA-256 of the secret's UTF-8 bytes.</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private TicketState StateOf(AccountTicket ticket) =>
        ticket.Used is not null ? TicketState.Used
        : ticket.Superseded is not null ? TicketState.Superseded
        : ticket.Expires <= clock.GetUtcNow().UtcDateTime ? TicketState.Expired
        : TicketState.Valid;

    private async Task<AccountTicket?> FindAsync(string? secret, CancellationToken cancellationToken)
    {
        // A secret is 43 URL-safe characters; anything else is refused before it reaches the database.
        if (secret is null || secret.Length != 43 || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var hash = HashOf(secret);
        return await db.Set<AccountTicket>().AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken).ConfigureAwait(false);
    }
}
