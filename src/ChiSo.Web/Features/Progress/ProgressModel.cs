using ChiSo.Data.Submissions;

namespace ChiSo.Web.Features.Progress;

/// <summary>
/// One unit on the board: <see cref="Answered"/> of the <see cref="Asked"/> inputs of the framework have a value in the
/// self-assessment; <see cref="Deadline"/> is the self-assessment deadline including the unit's extension, if any.
/// </summary>
public sealed record UnitProgressRow(
    int UnitId, string Code, string Name, SubmissionStatus? Status, int Answered, int Asked, DateOnly? Deadline, bool Extended, bool Overdue)
{
    public double Percent => Asked == 0 ? 0 : 100.0 * Answered / Asked;

    public bool Submitted => Status is { } s && s != SubmissionStatus.Draft;
}

/// <summary>One criterion: how many of the board's units answered every one of its inputs.</summary>
public sealed record CriterionProgressRow(string Code, string Name, int UnitsAnswered, int Units)
{
    public double Percent => Units == 0 ? 0 : 100.0 * UnitsAnswered / Units;
}

public sealed record ProgressBoard(
    int CampaignId, string CampaignName, DateOnly? Deadline, DateOnly Today,
    IReadOnlyList<UnitProgressRow> Units, IReadOnlyList<CriterionProgressRow> Criteria)
{
    public IReadOnlyList<UnitProgressRow> Overdue => [.. Units.Where(u => u.Overdue).OrderBy(u => u.Deadline).ThenBy(u => u.Code, StringComparer.Ordinal)];
}
