using ChiSo.Engine;
using System.Globalization;
using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Setup;

/// <summary>
/// Moves a campaign through its statuses and takes units out of it. Both refuse what would lose or hide data the
/// units entered; the refusal is a sentence for the user, and every change is in the audit log.
/// </summary>
public sealed class CampaignLifecycle(ChiSoDbContext db, AuditLog audit)
{
    /// <summary>
    /// The statuses set-up may move a campaign to: Draft → Open, and back from Open to Draft (only while nothing has
    /// been entered, checked by <see cref="ChangeStatusAsync"/>). From Open on, the review process moves it (ADR 0024:
    /// opening the review sets Review, publication sets Published), so a result is never published without its rounds.
    /// </summary>
    public static IReadOnlyList<CampaignStatus> Next(CampaignStatus from) => from switch
    {
        CampaignStatus.Draft => [CampaignStatus.Open],
        CampaignStatus.Open => [CampaignStatus.Draft],
        _ => [],
    };

    /// <summary>Changes the status, or returns why not (null when changed).</summary>
    public async Task<Bilingual?> ChangeStatusAsync(int campaignId, CampaignStatus to, string actor, CancellationToken cancellationToken = default)
    {
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId, cancellationToken);
        var from = campaign.Status;
        if (to is CampaignStatus.Review or CampaignStatus.Closed or CampaignStatus.Published && from != CampaignStatus.Draft)
        {
            return new(
                "Thẩm định, phê duyệt và công bố đi theo quy trình thẩm định (mục \"Quy trình thẩm định\" trên trang kỳ đánh giá), không đổi trực tiếp trạng thái.",
                "Review, approval and publication go through the review process (\"Review process\" on the campaign's page), not by changing the status directly.");
        }

        if (!Next(from).Contains(to))
        {
            return new(
                $"Không thể chuyển kỳ đánh giá từ \"{Campaigns.CampaignTexts.Vi(from)}\" sang \"{Campaigns.CampaignTexts.Vi(to)}\". Các bước được phép: {Allowed(from, Campaigns.CampaignTexts.Vi, "không có")}.",
                $"The campaign cannot move from \"{Campaigns.CampaignTexts.En(from)}\" to \"{Campaigns.CampaignTexts.En(to)}\". Allowed steps: {Allowed(from, Campaigns.CampaignTexts.En, "none")}.");
        }

        if (await RefusalAsync(campaignId, from, to, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        campaign.Status = to;
        await audit.AppendAsync(new AuditEntry(actor, nameof(Campaign), Id(campaignId), "status", from.ToString(), to.ToString()), cancellationToken);
        return null;
    }

    /// <summary>Takes a unit out of the campaign with its empty draft submission, or returns why not (null when removed).</summary>
    public async Task<Bilingual?> RemoveUnitAsync(int campaignId, int unitId, string actor, CancellationToken cancellationToken = default)
    {
        var member = await db.CampaignUnits.SingleAsync(cu => cu.CampaignId == campaignId && cu.UnitId == unitId, cancellationToken);
        var submissions = db.Submissions.Where(s => s.CampaignId == campaignId && s.UnitId == unitId);
        if (await db.InputValues.AnyAsync(v => submissions.Any(s => s.Id == v.SubmissionId), cancellationToken)
            || await db.Evidence.AnyAsync(e => submissions.Any(s => s.Id == e.SubmissionId), cancellationToken))
        {
            return new(
                "Không thể gỡ đơn vị này: đơn vị đã nhập số liệu hoặc tài liệu kiểm chứng. Gỡ đơn vị sẽ làm mất dữ liệu đó.",
                "This unit cannot be removed: it has entered values or evidence, which removing it would lose.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var drafts = await submissions.ToListAsync(cancellationToken);
        var ids = drafts.Select(s => s.Id).ToList();
        db.CriterionScores.RemoveRange(await db.CriterionScores.Where(s => ids.Contains(s.SubmissionId)).ToListAsync(cancellationToken));
        db.Objections.RemoveRange(await db.Objections.Where(o => ids.Contains(o.SubmissionId)).ToListAsync(cancellationToken));
        db.DeadlineExtensions.RemoveRange(await db.DeadlineExtensions.Where(e => e.CampaignId == campaignId && e.UnitId == unitId).ToListAsync(cancellationToken));
        db.Submissions.RemoveRange(drafts);
        db.CampaignUnits.Remove(member);
        await audit.AppendAsync(new AuditEntry(actor, nameof(Campaign), Id(campaignId), "remove-unit",
            JsonSerializer.Serialize(new { UnitId = unitId, member.GroupCode, SubmissionIds = ids }), null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Renames a campaign that is still being prepared or collecting data, audited with both names.</summary>
    public async Task<Bilingual?> RenameAsync(int campaignId, string? name, string actor, CancellationToken cancellationToken = default)
    {
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId, cancellationToken);
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 300)
        {
            return new("Hãy nhập tên kỳ đánh giá (tối đa 300 ký tự).", "Enter the campaign's name (at most 300 characters).");
        }

        if (campaign.Status is not (CampaignStatus.Draft or CampaignStatus.Open))
        {
            return new("Chỉ đổi tên được kỳ đánh giá đang chuẩn bị hoặc đang nhập liệu.", "Only a campaign being prepared or collecting data can be renamed.");
        }

        if (trimmed == campaign.Name)
        {
            return null;
        }

        var before = campaign.Name;
        campaign.Name = trimmed;
        await audit.AppendAsync(new AuditEntry(actor, nameof(Campaign), Id(campaignId), "rename",
            JsonSerializer.Serialize(new { Name = before }), JsonSerializer.Serialize(new { Name = trimmed })), cancellationToken);
        return null;
    }

    /// <summary>
    /// Deletes a draft campaign in which nothing was entered, with its units, schedule, assignments and empty
    /// submissions; the audit keeps what it was.
    /// </summary>
    public async Task<Bilingual?> DeleteAsync(int campaignId, string actor, CancellationToken cancellationToken = default)
    {
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign.Status != CampaignStatus.Draft)
        {
            return new("Chỉ xoá được kỳ đánh giá đang chuẩn bị (nháp).", "Only a draft campaign can be deleted.");
        }

        if (await AnythingEnteredAsync(campaignId, cancellationToken) || await db.ResultSnapshots.AnyAsync(r => r.CampaignId == campaignId, cancellationToken))
        {
            return new("Không xoá được: kỳ đánh giá đã có số liệu, minh chứng hoặc kết quả.", "Cannot delete: the campaign already has values, evidence or results.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Notices already sent stay in people's inboxes; they just no longer point at the campaign.
        await db.Set<Data.Notifications.Notification>().Where(n => n.CampaignId == campaignId)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.CampaignId, (int?)null), cancellationToken);
        var submissions = await db.Submissions.Where(s => s.CampaignId == campaignId).ToListAsync(cancellationToken);
        var ids = submissions.Select(s => s.Id).ToList();
        db.CriterionScores.RemoveRange(await db.CriterionScores.Where(x => ids.Contains(x.SubmissionId)).ToListAsync(cancellationToken));
        db.Objections.RemoveRange(await db.Objections.Where(o => ids.Contains(o.SubmissionId)).ToListAsync(cancellationToken));
        db.Submissions.RemoveRange(submissions);
        db.DeadlineExtensions.RemoveRange(await db.DeadlineExtensions.Where(e => e.CampaignId == campaignId).ToListAsync(cancellationToken));
        db.CriterionAssignments.RemoveRange(await db.CriterionAssignments.Where(a => a.CampaignId == campaignId).ToListAsync(cancellationToken));
        db.CampaignPhases.RemoveRange(await db.CampaignPhases.Where(p => p.CampaignId == campaignId).ToListAsync(cancellationToken));
        var units = await db.CampaignUnits.Where(u => u.CampaignId == campaignId).ToListAsync(cancellationToken);
        db.CampaignUnits.RemoveRange(units);
        await db.SaveChangesAsync(cancellationToken);
        db.Campaigns.Remove(campaign);
        await audit.AppendAsync(new AuditEntry(actor, nameof(Campaign), Id(campaignId), "delete",
            JsonSerializer.Serialize(new { campaign.Name, campaign.Year, campaign.FrameworkEditionId, UnitIds = units.Select(u => u.UnitId) }), null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>The campaign's units by code, each with its submission and whether it has entered anything yet.</summary>
    public Task<List<CampaignUnitView>> UnitsAsync(int campaignId, CancellationToken cancellationToken = default) =>
        db.CampaignUnits.AsNoTracking().Where(cu => cu.CampaignId == campaignId).OrderBy(cu => cu.Unit!.Code)
            .Select(cu => new CampaignUnitView(
                cu.UnitId, cu.Unit!.Code, cu.Unit.Name, cu.GroupCode,
                db.Submissions.Where(s => s.CampaignId == campaignId && s.UnitId == cu.UnitId).Select(s => (int?)s.Id).FirstOrDefault(),
                db.Submissions.Any(s => s.CampaignId == campaignId && s.UnitId == cu.UnitId
                    && (db.InputValues.Any(v => v.SubmissionId == s.Id) || db.Evidence.Any(e => e.SubmissionId == s.Id)))))
            .ToListAsync(cancellationToken);

    /// <summary>True when any unit of the campaign has entered a value or a piece of evidence.</summary>
    public async Task<bool> AnythingEnteredAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        var submissions = db.Submissions.Where(s => s.CampaignId == campaignId);
        return await db.InputValues.AnyAsync(v => submissions.Any(s => s.Id == v.SubmissionId), cancellationToken)
            || await db.Evidence.AnyAsync(e => submissions.Any(s => s.Id == e.SubmissionId), cancellationToken);
    }

    private async Task<Bilingual?> RefusalAsync(int campaignId, CampaignStatus from, CampaignStatus to, CancellationToken cancellationToken)
    {
        if (to == CampaignStatus.Open && from == CampaignStatus.Draft)
        {
            if (!await db.CampaignUnits.AnyAsync(cu => cu.CampaignId == campaignId, cancellationToken))
            {
                return new("Chưa mở được kỳ đánh giá: hãy thêm ít nhất một đơn vị tham gia.", "The campaign cannot open yet: add at least one unit.");
            }

            if (!await db.CampaignPhases.AnyAsync(p => p.CampaignId == campaignId && p.Kind == PhaseKind.SelfAssessment, cancellationToken))
            {
                return new("Chưa mở được kỳ đánh giá: hãy đặt lịch cho giai đoạn tự đánh giá.", "The campaign cannot open yet: schedule the self-assessment phase.");
            }
        }

        if (to == CampaignStatus.Draft && await AnythingEnteredAsync(campaignId, cancellationToken))
        {
            return new(
                "Không thể đưa kỳ đánh giá về trạng thái chuẩn bị: các đơn vị đã bắt đầu nhập số liệu hoặc tài liệu kiểm chứng.",
                "The campaign cannot go back to draft: units have already entered values or evidence.");
        }

        return null;
    }

    private static string Allowed(CampaignStatus from, Func<CampaignStatus, string> name, string none) =>
        Next(from).Count == 0 ? none : string.Join(", ", Next(from).Select(name));

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
