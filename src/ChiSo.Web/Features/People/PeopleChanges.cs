using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using ChiSo.Engine;
using ChiSo.Web.Features.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.People;

public enum ChangeOutcome
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
}

/// <summary>What a change came to; <c>Problems</c> say why when it was refused.</summary>
public sealed record ChangeResult(ChangeOutcome Outcome, IReadOnlyList<Bilingual> Problems, string? Id = null)
{
    public static ChangeResult Done(string id) => new(ChangeOutcome.Done, [], id);

    public static readonly ChangeResult NotFound = new(ChangeOutcome.NotFound, []);

    public static ChangeResult Forbidden() => new(ChangeOutcome.Forbidden, [new Bilingual(
        "Người này có vai trò ngoài phạm vi bạn quản lý; chỉ quản trị hệ thống thay đổi được.",
        "This person holds roles outside the units you manage; only an administrator can change them.")]);

    public static ChangeResult Invalid(IReadOnlyList<Bilingual> problems) => new(ChangeOutcome.Invalid, problems);
}

/// <summary>
/// Every change to people, within the caller's <see cref="ManagerScope"/>: create and invite, give and take away
/// memberships, deactivate and reactivate (through <see cref="UserAdministration"/>), resend the invitation. People are
/// never deleted. Each change is one transaction with its audit event (entity "User", the person's id).
/// </summary>
public sealed class PeopleChanges(ChiSoDbContext db, UserManager<ChiSoUser> users, AuditLog audit, Invitations invitations,
    UserAdministration administration, PeopleDirectory directory, TimeProvider clock)
{
    public async Task<ChangeResult> CreateAsync(NewPerson person, ManagerScope scope, string actor, CancellationToken cancellationToken = default)
    {
        var check = await PeopleCheck.LoadAsync(db, scope, clock, cancellationToken);
        var problems = new List<Bilingual>();
        var memberships = check.Person(person, problems);
        if (problems.Count > 0)
        {
            return ChangeResult.Invalid(problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var id = await AddAsync(person, memberships, actor, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ChangeResult.Done(id);
    }

    /// <summary>Creates checked people, invites each, one audit event each; in the caller's transaction.</summary>
    internal async Task<string> AddAsync(NewPerson person, IReadOnlyList<CheckedMembership> memberships, string actor, CancellationToken cancellationToken)
    {
        var user = new ChiSoUser
        {
            UserName = person.Email,
            Email = person.Email,
            DisplayName = person.Name,
            PhoneNumber = person.Phone.Length > 0 ? person.Phone : null,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // The checks above are stricter than the store's; reaching here is a bug, and the transaction rolls back.
            throw new InvalidOperationException("The account store refused a checked person: " + string.Join("; ", created.Errors.Select(e => e.Code)));
        }

        foreach (var m in memberships)
        {
            db.Memberships.Add(new Membership { UserId = user.Id, Role = m.Role, UnitId = m.UnitId });
        }

        await invitations.QueueAsync(user.Id, person.Email, person.Name, actor, cancellationToken: cancellationToken);
        await audit.AppendAsync(new AuditEntry(actor, "User", user.Id, "create", null, JsonSerializer.Serialize(new
        {
            person.Name, person.Email, person.Phone, Memberships = memberships.Select(m => new { Role = m.Role.ToString(), m.UnitId }),
        })), cancellationToken);
        return user.Id;
    }

    /// <summary>Gives and takes away memberships: the person's whole set becomes <paramref name="wanted"/>.</summary>
    public async Task<ChangeResult> SetMembershipsAsync(string id, IReadOnlyList<NewMembership> wanted, ManagerScope scope, string actor, CancellationToken cancellationToken = default)
    {
        if (await ManagedAsync(id, scope, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var check = await PeopleCheck.LoadAsync(db, scope, clock, cancellationToken);
        var problems = new List<Bilingual>();
        var target = new List<CheckedMembership>();
        foreach (var m in wanted)
        {
            if (check.Membership(m.Role, m.UnitCode.Trim(), problems) is { } ok && !target.Contains(ok))
            {
                target.Add(ok);
            }
        }

        if (problems.Count == 0 && target.Count == 0)
        {
            problems.Add(new Bilingual("Hãy giữ ít nhất một vai trò; để ngừng cho người này làm việc, hãy vô hiệu hóa tài khoản.", "Keep at least one role; to stop this person working, deactivate the account."));
        }

        if (problems.Count > 0)
        {
            return ChangeResult.Invalid(problems);
        }

        var current = await db.Memberships.Where(m => m.UserId == id).ToListAsync(cancellationToken);
        var before = Describe(current.Select(m => new CheckedMembership(m.Role, m.UnitId)));
        db.Memberships.RemoveRange(current.Where(m => !target.Contains(new CheckedMembership(m.Role, m.UnitId))));
        foreach (var m in target.Where(t => !current.Any(c => c.Role == t.Role && c.UnitId == t.UnitId)))
        {
            db.Memberships.Add(new Membership { UserId = id, Role = m.Role, UnitId = m.UnitId });
        }

        await audit.AppendAsync(new AuditEntry(actor, "User", id, "memberships", before, Describe(target)), cancellationToken);
        return ChangeResult.Done(id);
    }

    public async Task<ChangeResult> AddMembershipAsync(string id, NewMembership membership, ManagerScope scope, string actor, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(id, cancellationToken);
        return await SetMembershipsAsync(id, [.. current, membership], scope, actor, cancellationToken: cancellationToken);
    }

    public async Task<ChangeResult> RemoveMembershipAsync(string id, int membershipId, ManagerScope scope, string actor, CancellationToken cancellationToken = default)
    {
        var all = await db.Memberships.AsNoTracking().Where(m => m.UserId == id).ToListAsync(cancellationToken);
        if (all.All(m => m.Id != membershipId))
        {
            return ChangeResult.NotFound;
        }

        var current = await CurrentAsync(id, cancellationToken, except: membershipId);
        return await SetMembershipsAsync(id, current, scope, actor, cancellationToken: cancellationToken);
    }

    public async Task<ChangeResult> DeactivateAsync(string id, ManagerScope scope, string actor, string? ownId, CancellationToken cancellationToken = default)
    {
        if (id == ownId)
        {
            return ChangeResult.Invalid([new Bilingual("Không thể tự vô hiệu hóa tài khoản của mình.", "You cannot deactivate your own account.")]);
        }

        return await ManagedAsync(id, scope, cancellationToken) ?? (await administration.DeactivateAsync(id, actor) ? ChangeResult.Done(id) : ChangeResult.NotFound);
    }

    /// <summary>Reactivating is unlocking (<see cref="UserAdministration.UnlockAsync"/>): the person signs in again with their password.</summary>
    public async Task<ChangeResult> ReactivateAsync(string id, ManagerScope scope, string actor, CancellationToken cancellationToken = default) =>
        await ManagedAsync(id, scope, cancellationToken) ?? (await administration.UnlockAsync(id, actor) ? ChangeResult.Done(id) : ChangeResult.NotFound);

    /// <summary>A new invitation link; the older links stop working.</summary>
    public async Task<ChangeResult> ResendAsync(string id, ManagerScope scope, string actor, CancellationToken cancellationToken = default)
    {
        if (await ManagedAsync(id, scope, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var user = await users.FindByIdAsync(id);
        if (user is null || Data.Accounts.AccountDeactivation.IsDeactivated(user) || string.IsNullOrEmpty(user.Email))
        {
            return ChangeResult.Invalid([new Bilingual("Tài khoản đã bị vô hiệu hóa: hãy kích hoạt lại trước khi mời.", "The account is deactivated: reactivate it before inviting.")]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await invitations.QueueAsync(user.Id, user.Email, user.DisplayName, actor, cancellationToken: cancellationToken);
        await audit.AppendAsync(new AuditEntry(actor, "User", id, "invite", null, JsonSerializer.Serialize(new { user.Email })), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ChangeResult.Done(id);
    }

    /// <summary>Null when the caller manages the person; otherwise why not (unknown and unseen people are not found).</summary>
    private async Task<ChangeResult?> ManagedAsync(string id, ManagerScope scope, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == id, cancellationToken))
        {
            return ChangeResult.NotFound;
        }

        var memberships = await directory.MembershipsOfAsync(id, cancellationToken);
        return scope.Manages(memberships) ? null : scope.Sees(memberships) ? ChangeResult.Forbidden() : ChangeResult.NotFound;
    }

    private async Task<List<NewMembership>> CurrentAsync(string id, CancellationToken cancellationToken, int? except = null) =>
        await (from m in db.Memberships.AsNoTracking()
               where m.UserId == id && m.Id != except
               join u in db.Units on m.UnitId equals u.Id into units
               from u in units.DefaultIfEmpty()
               select new NewMembership(m.Role, u == null ? "" : u.Code)).ToListAsync(cancellationToken);

    private static string Describe(IEnumerable<CheckedMembership> memberships) =>
        JsonSerializer.Serialize(memberships.Select(m => new { Role = m.Role.ToString(), m.UnitId }));
}
