using System.Text.Json;
using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using ChiSo.Data.Results;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Review;

/// <summary>An assignment as the organiser's page and the API show it.</summary>
public sealed record ReviewerAssignmentView(
    int Id, string UserId, string? Email, string? DisplayName, int? UnitId, string? UnitCode, string? UnitName, string? NodeCode, string AssignedBy, DateTime AssignedAt);

/// <summary>
/// The organiser assigns reviewers (hội đồng thẩm định) to a campaign, to one of its units or to the criteria under one
/// node (ADR 0024): only people holding the Reviewer role, never to a unit they belong to. Each change is audited.
/// Who may call these (organisers, administrators) is the caller's check.
/// </summary>
public sealed class ReviewerAssignments(ChiSoDbContext db, TimeProvider clock, ScoringPlans plans)
{
    public const string EntityType = nameof(ReviewerAssignment);

    public Task<List<ReviewerAssignmentView>> ListAsync(int campaignId, CancellationToken cancellationToken = default) =>
        (from a in db.ReviewerAssignments.AsNoTracking()
         where a.CampaignId == campaignId
         join user in db.Users on a.UserId equals user.Id
         join unit in db.Units on a.UnitId equals unit.Id into units
         from unit in units.DefaultIfEmpty()
         orderby user.Email, a.Id
         select new ReviewerAssignmentView(a.Id, a.UserId, user.Email, user.DisplayName, a.UnitId, unit.Code, unit.Name, a.NodeCode, a.AssignedBy, a.AssignedAt))
        .ToListAsync(cancellationToken);

    /// <summary>The people who may be assigned: active holders of a Reviewer membership.</summary>
    public async Task<List<(string Id, string? Email, string? DisplayName)>> CandidatesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Users.AsNoTracking()
            .Where(u => db.Memberships.Any(m => m.UserId == u.Id && m.Role == Role.Reviewer))
            .OrderBy(u => u.Email).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Where(u => !AccountDeactivation.IsDeactivated(u)).Select(u => (u.Id, u.Email, u.DisplayName))];
    }

    /// <summary>Assigns <paramref name="userId"/> (a person id or e-mail address) to the campaign, one unit of it (or all) and one node (or all).</summary>
    public async Task<StepOutcome<ReviewerAssignment>> AssignAsync(
        int campaignId, string userId, int? unitId, string? nodeCode, string actor, CancellationToken cancellationToken = default)
    {
        if (await plans.ForCampaignAsync(db, campaignId, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return StepOutcome.Refused(StepResult.NotFound, "Không tìm thấy kỳ đánh giá.", "Campaign not found.");
        }

        var key = userId?.Trim() ?? "";
        var normalised = key.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == key || u.NormalizedEmail == normalised, cancellationToken).ConfigureAwait(false);
        if (user is null || AccountDeactivation.IsDeactivated(user))
        {
            return StepOutcome.Refused(StepResult.Invalid, "Không tìm thấy người được phân công (hoặc tài khoản đã ngừng hoạt động).", "The person to assign was not found (or the account is deactivated).");
        }

        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == user.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (!memberships.Any(m => m.Role == Role.Reviewer))
        {
            return StepOutcome.Refused(StepResult.Invalid,
                $"{user.Email} không có vai trò Thành viên Hội đồng thẩm định: hãy giao vai trò này trước khi phân công.",
                $"{user.Email} does not hold the Reviewer role: give them that role before assigning them.");
        }

        nodeCode = string.IsNullOrWhiteSpace(nodeCode) ? null : nodeCode.Trim();
        if (nodeCode is not null && (nodeCode.Length > 40 || !plan.TryGetIndex(nodeCode, out var node) || node == 0))
        {
            return StepOutcome.Refused(StepResult.Invalid, $"Bộ chỉ số của kỳ đánh giá không có nhóm hay tiêu chí mã {Shorten(nodeCode)}.",
                $"The campaign's framework has no group or criterion {Shorten(nodeCode)}.");
        }

        if (unitId is { } unit)
        {
            var name = await db.CampaignUnits.AsNoTracking().Where(cu => cu.CampaignId == campaignId && cu.UnitId == unit).Select(cu => cu.Unit!.Name)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (name is null)
            {
                return StepOutcome.Refused(StepResult.Invalid, "Đơn vị này không tham gia kỳ đánh giá.", "This unit does not take part in the campaign.");
            }

            if (memberships.Any(m => m.UnitId == unit))
            {
                return StepOutcome.Refused(StepResult.Invalid,
                    $"{user.Email} thuộc {name}: thành viên hội đồng không thẩm định đơn vị của chính mình.",
                    $"{user.Email} belongs to {name}: a reviewer never reviews their own unit.");
            }
        }

        if (await db.ReviewerAssignments.AnyAsync(a => a.CampaignId == campaignId && a.UserId == user.Id && a.UnitId == unitId && a.NodeCode == nodeCode, cancellationToken).ConfigureAwait(false))
        {
            return StepOutcome.Refused(StepResult.Conflict, $"{user.Email} đã được phân công như vậy.", $"{user.Email} is already assigned so.");
        }

        var assignment = new ReviewerAssignment
        {
            CampaignId = campaignId, UserId = user.Id, UnitId = unitId, NodeCode = nodeCode, AssignedBy = actor, AssignedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ReviewerAssignments.Add(assignment);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await new AuditLog(db, clock).AppendAsync(
            new AuditEntry(actor, EntityType, Id(assignment), "assign", null, Json(assignment, user.Email)), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StepOutcome<ReviewerAssignment>(StepOutcome.Done, assignment);
    }

    /// <summary>Removes one assignment of the campaign; reviewed points already set stay, with who set them.</summary>
    public async Task<StepOutcome> RemoveAsync(int campaignId, int assignmentId, string actor, CancellationToken cancellationToken = default)
    {
        var assignment = await db.ReviewerAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.CampaignId == campaignId, cancellationToken).ConfigureAwait(false);
        if (assignment is null)
        {
            return StepOutcome.Refused(StepResult.NotFound, "Không tìm thấy phân công này.", "Assignment not found.");
        }

        var email = await db.Users.Where(u => u.Id == assignment.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        db.ReviewerAssignments.Remove(assignment);
        await new AuditLog(db, clock).AppendAsync(
            new AuditEntry(actor, EntityType, Id(assignment), "remove", Json(assignment, email), null), cancellationToken).ConfigureAwait(false);
        return StepOutcome.Done;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static string Id(ReviewerAssignment a) => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Json(ReviewerAssignment a, string? email) =>
        JsonSerializer.Serialize(new { a.CampaignId, a.UserId, Email = email, a.UnitId, a.NodeCode, a.AssignedBy, a.AssignedAt });
}
