using ChiSo.Data;
using ChiSo.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.People;

/// <summary>One membership as shown: the role and, unless it is system-wide, its unit.</summary>
public sealed record MembershipView(int Id, Role Role, int? UnitId, string? UnitCode, string? UnitName);

/// <summary>A person in a list; <c>Manageable</c> says whether the caller may change them.</summary>
public sealed record PersonSummary(string Id, string Name, string Email, string? Phone, bool Active, IReadOnlyList<MembershipView> Memberships, bool Manageable);

/// <summary>A list's filters: text (name, e-mail or phone, diacritics ignored), role, unit, active or not; 1-based page.</summary>
public sealed record PeopleQuery(string? Search = null, Role? Role = null, int? UnitId = null, bool? Active = null, int Page = 1, int PageSize = PeopleQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxSearch = 100;
}

public sealed record PeoplePage(int Total, int Page, int PageSize, IReadOnlyList<PersonSummary> People);

/// <summary>One audited change to a person, as their page lists it.</summary>
public sealed record PersonEvent(DateTime At, string Actor, string Action, string? After);

/// <summary>A person's page: who they are, their memberships, their last invitation and their audit history.</summary>
public sealed record PersonDetails(PersonSummary Person, DateTime? InvitedAt, DateTime? InvitationExpires, bool InvitationUsed, bool HasPassword, IReadOnlyList<PersonEvent> History);

/// <summary>
/// Reads people for the caller's <see cref="ManagerScope"/>. A list reads the accounts and memberships once and filters
/// in memory: folding Vietnamese for a diacritics-blind search is not something both databases do alike, and a
/// province's few thousand accounts are a few hundred kilobytes.
/// </summary>
public sealed class PeopleDirectory(ChiSoDbContext db)
{
    public async Task<PeoplePage> ListAsync(PeopleQuery query, ManagerScope scope, CancellationToken cancellationToken = default)
    {
        var people = await AllAsync(scope, null, cancellationToken);
        var search = PersonRules.Fold(query.Search ?? "");
        var digits = new string([.. search.Where(char.IsAsciiDigit)]);
        var found = people.Where(p =>
                (search.Length == 0 || PersonRules.Fold(p.Name).Contains(search, StringComparison.Ordinal)
                    || p.Email.Contains(search, StringComparison.OrdinalIgnoreCase)
                    || (digits.Length >= 3 && digits.Length == search.Replace(" ", "", StringComparison.Ordinal).Length && new string([.. (p.Phone ?? "").Where(char.IsAsciiDigit)]).Contains(digits, StringComparison.Ordinal)))
                && (query.Role is not { } role || p.Memberships.Any(m => m.Role == role))
                && (query.UnitId is not { } unit || p.Memberships.Any(m => m.UnitId == unit))
                && (query.Active is not { } active || p.Active == active))
            .OrderBy(p => PersonRules.Fold(p.Name), StringComparer.Ordinal).ThenBy(p => p.Email, StringComparer.Ordinal).ToList();
        var size = Math.Clamp(query.PageSize, 1, PeopleQuery.MaxPageSize);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (found.Count + size - 1) / size));
        return new PeoplePage(found.Count, page, size, [.. found.Skip((page - 1) * size).Take(size)]);
    }

    /// <summary>The person, when the caller sees them; null otherwise (a person out of scope is not found).</summary>
    public async Task<PersonDetails?> GetAsync(string id, ManagerScope scope, CancellationToken cancellationToken = default)
    {
        if ((await AllAsync(scope, id, cancellationToken)).SingleOrDefault() is not { } person)
        {
            return null;
        }

        var ticket = await db.AccountTickets.AsNoTracking().Where(t => t.UserId == id).OrderByDescending(t => t.Id).FirstOrDefaultAsync(cancellationToken);
        var hasPassword = await db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash != null).SingleAsync(cancellationToken);
        var history = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == "User" && e.EntityId == id).OrderByDescending(e => e.Id).Take(200)
            .Select(e => new PersonEvent(e.At, e.Actor, e.Action, e.After)).ToListAsync(cancellationToken);
        return new PersonDetails(person, ticket?.Created, ticket?.Expires, ticket?.Used is not null, hasPassword, history);
    }

    /// <summary>The unit with <paramref name="code"/> (the latest one when the code was reused), or null.</summary>
    public async Task<int?> UnitIdAsync(string code, CancellationToken cancellationToken = default) =>
        await db.Units.AsNoTracking().Where(u => u.Code == code).OrderByDescending(u => u.ValidFrom).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The memberships of a person with their units, for the scope checks of a change.</summary>
    public Task<List<Membership>> MembershipsOfAsync(string id, CancellationToken cancellationToken = default) =>
        db.Memberships.AsNoTracking().Where(m => m.UserId == id).ToListAsync(cancellationToken);

    private async Task<List<PersonSummary>> AllAsync(ManagerScope scope, string? id, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        var memberships = db.Memberships.AsNoTracking();
        if (id is not null)
        {
            users = users.Where(u => u.Id == id);
            memberships = memberships.Where(m => m.UserId == id);
        }

        var accounts = await users.Select(u => new { u.Id, u.Email, u.DisplayName, u.PhoneNumber, u.LockoutEnd }).ToListAsync(cancellationToken);
        var rows = await (from m in memberships
                          join u in db.Units on m.UnitId equals u.Id into units
                          from u in units.DefaultIfEmpty()
                          select new { Membership = m, Code = u == null ? null : u.Code, Name = u == null ? null : u.Name })
            .ToListAsync(cancellationToken);
        var byUser = rows.ToLookup(r => r.Membership.UserId);
        var people = new List<PersonSummary>(accounts.Count);
        foreach (var a in accounts)
        {
            var mine = byUser[a.Id].ToList();
            var plain = mine.Select(r => r.Membership).ToList();
            if (!scope.Sees(plain))
            {
                continue;
            }

            var views = mine.OrderBy(r => r.Membership.Role).ThenBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => new MembershipView(r.Membership.Id, r.Membership.Role, r.Membership.UnitId, r.Code, r.Name)).ToList();
            var active = !(a.LockoutEnd is { } end && end.Year >= 9999);
            people.Add(new PersonSummary(a.Id, a.DisplayName ?? "", a.Email ?? "", a.PhoneNumber, active, views, scope.Manages(plain)));
        }

        return people;
    }
}
