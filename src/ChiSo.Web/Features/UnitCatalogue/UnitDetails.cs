using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Units;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.UnitCatalogue;

/// <summary>Another unit named on a unit's page: a predecessor, successor or child.</summary>
public sealed record UnitLink(int Id, string Code, string Name, DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>A person holding a role on the unit; <see cref="EntersData"/> for its reporters and heads.</summary>
public sealed record UnitPerson(string UserId, string Name, string? Email, Role Role, bool Active)
{
    public bool EntersData => Role is Role.UnitReporter or Role.UnitHead;
}

/// <summary>Everything the unit's page and the API's get show.</summary>
public sealed record UnitView(
    UnitRow Unit, string? ParentCode, IReadOnlyList<UnitLink> Predecessors, IReadOnlyList<UnitLink> Successors,
    int ChildCount, IReadOnlyList<UnitLink> Children, IReadOnlyList<UnitGroupSummary> Groups, IReadOnlyList<UnitPerson>? People, bool MayEdit);

/// <summary>Reads a unit's page: its lineage, children (the first <see cref="MaxChildren"/>), groups and people.</summary>
public sealed class UnitDetails(ChiSoDbContext db, UnitEditing editing)
{
    public const int MaxChildren = 500;

    public async Task<UnitView?> ReadAsync(int id, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => new
        {
            Row = new UnitRow(u.Id, u.Code, u.Name, u.Level, u.Type, u.ParentId, u.Parent == null ? null : u.Parent.Name, u.ValidFrom, u.ValidTo),
            ParentCode = u.Parent == null ? null : u.Parent.Code,
        }).SingleOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var predecessors = await db.UnitSuccessions.AsNoTracking().Where(s => s.SuccessorId == id).OrderBy(s => s.Predecessor!.Code)
            .Select(s => new UnitLink(s.PredecessorId, s.Predecessor!.Code, s.Predecessor.Name, s.Predecessor.ValidFrom, s.Predecessor.ValidTo)).ToListAsync(cancellationToken);
        var successors = await db.UnitSuccessions.AsNoTracking().Where(s => s.PredecessorId == id).OrderBy(s => s.Successor!.Code)
            .Select(s => new UnitLink(s.SuccessorId, s.Successor!.Code, s.Successor.Name, s.Successor.ValidFrom, s.Successor.ValidTo)).ToListAsync(cancellationToken);
        var children = db.Units.AsNoTracking().Where(u => u.ParentId == id);
        var childCount = await children.CountAsync(cancellationToken);
        var firstChildren = await children.OrderBy(u => u.Code).ThenBy(u => u.ValidFrom).Take(MaxChildren)
            .Select(u => new UnitLink(u.Id, u.Code, u.Name, u.ValidFrom, u.ValidTo)).ToListAsync(cancellationToken);
        var groups = await db.UnitGroupMembers.AsNoTracking().Where(m => m.UnitId == id).OrderBy(m => m.Group!.Name)
            .Select(m => new UnitGroupSummary(m.GroupId, m.Group!.Code, m.Group.Name, m.Group.Ranked, m.Group.Members.Count)).ToListAsync(cancellationToken);
        var people = await editing.SeesPeopleAsync(user, id, cancellationToken) ? await PeopleAsync(id, cancellationToken) : null;
        return new UnitView(unit.Row, unit.ParentCode, predecessors, successors, childCount, firstChildren, groups, people, await editing.MayEditAsync(user, id, cancellationToken));
    }

    private async Task<List<UnitPerson>> PeopleAsync(int id, CancellationToken cancellationToken)
    {
        var rows = await (from m in db.Memberships.AsNoTracking()
                          join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                          where m.UnitId == id
                          select new { User = u, m.Role }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UnitPerson(r.User.Id, r.User.DisplayName ?? r.User.Email ?? r.User.Id, r.User.Email, r.Role, !AccountDeactivation.IsDeactivated(r.User)))
            .OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.Ordinal)];
    }
}
