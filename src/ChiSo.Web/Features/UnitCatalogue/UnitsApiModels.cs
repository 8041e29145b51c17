using ChiSo.Data.Units;
using ChiSo.Engine;

namespace ChiSo.Web.Features.UnitCatalogue;

/// <summary>A unit in a list: level is province, ministry, department, district or commune; dates are yyyy-MM-dd.</summary>
public sealed record UnitItem(int Id, string Code, string Name, string Level, string Type, int? ParentId, string? ParentName, DateOnly ValidFrom, DateOnly? ValidTo, bool IsBody)
{
    public static UnitItem From(UnitRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.Code, row.Name, LevelName(row.Level), row.Type, row.ParentId, row.ParentName, row.ValidFrom, row.ValidTo, row.IsBody);
    }

    public static string LevelName(UnitLevel level) => level.ToString().ToLowerInvariant();
}

/// <summary>One page of units found, and how many were found in all.</summary>
public sealed record UnitList(int Total, int Page, int PageSize, IReadOnlyList<UnitItem> Items);

/// <summary>A person with a role on the unit; <c>entersData</c> is true for its reporters and heads.</summary>
public sealed record UnitPersonItem(string UserId, string Name, string? Email, string Role, bool Active, bool EntersData);

/// <summary>A unit with its lineage, children, comparison groups and (for those allowed to see them) its people.</summary>
public sealed record UnitItemDetails(
    UnitItem Unit, string? ParentCode, IReadOnlyList<UnitLink> Predecessors, IReadOnlyList<UnitLink> Successors, int ChildCount,
    IReadOnlyList<UnitLink> Children, IReadOnlyList<UnitGroupSummary> Groups, IReadOnlyList<UnitPersonItem>? People, bool MayEdit)
{
    public static UnitItemDetails From(UnitView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(UnitItem.From(view.Unit), view.ParentCode, view.Predecessors, view.Successors, view.ChildCount, view.Children, view.Groups,
            view.People?.Select(p => new UnitPersonItem(p.UserId, p.Name, p.Email, p.Role.ToString(), p.Active, p.EntersData)).ToList(), view.MayEdit);
    }
}

/// <summary>A province's body to add or change; dates dd/MM/yyyy (or yyyy-MM-dd); <c>group</c> a comparison group's code or name.</summary>
public sealed record BodyRequest(string? Code, string? Name, string? Type, string? ParentCode, string? ValidFrom, string? ValidTo, string? Group)
{
    public BodyDraft Draft() => new(0, Code ?? "", Name ?? "", Type ?? "", ParentCode ?? "", ValidFrom ?? "", ValidTo, Group);
}

/// <summary>The last day (inclusive) of a body's validity, dd/MM/yyyy or yyyy-MM-dd.</summary>
public sealed record EndBodyRequest(string? ValidTo);

/// <summary>What a row does: add, update, unchanged or refused (with every reason).</summary>
public sealed record BodyRowItem(int Line, string Code, string Name, string Outcome, IReadOnlyList<Bilingual> Problems);

/// <summary>Every row's outcome; <c>applied</c> is true when the rows were written.</summary>
public sealed record BodySheetOutcome(bool Clean, bool Applied, int Added, int Updated, int Unchanged, int Refused, IReadOnlyList<BodyRowItem> Rows)
{
    public static BodySheetOutcome From(BodyCheckResult result, bool applied)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Clean, applied, result.Count(BodyOutcome.Add), result.Count(BodyOutcome.Update), result.Count(BodyOutcome.Unchanged), result.Count(BodyOutcome.Refused),
            [.. result.Rows.Select(r => new BodyRowItem(r.Line, r.Code, r.Name, r.Outcome.ToString().ToLowerInvariant(), r.Problems))]);
    }
}

/// <summary>A comparison group to create.</summary>
public sealed record CreateGroupRequest(string? Code, string? Name, bool Ranked = true);

/// <summary>A comparison group's new name and whether it is ranked.</summary>
public sealed record RenameGroupRequest(string? Name, bool Ranked = true);

/// <summary>The codes of the units that are to be the group's members (within the caller's provinces).</summary>
public sealed record GroupMembersRequest(IReadOnlyList<string>? Codes);

/// <summary>The id of a created group.</summary>
public sealed record CreatedGroup(int Id);
