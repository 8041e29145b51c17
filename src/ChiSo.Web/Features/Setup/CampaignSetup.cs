using ChiSo.Engine;
using System.Globalization;
using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Setup;

public sealed record EditionChoice(int Id, string FrameworkId, int Edition, string Title);

public sealed record CreateCampaignForm(string? Name, int? Year, int? EditionId);

/// <summary>Creates campaigns and adds their units, every change in the audit log.</summary>
public sealed class CampaignSetup(ChiSoDbContext db, AuditLog audit, Data.Results.ScoringPlans plans)
{
    public Task<List<EditionChoice>> PublishedEditionsAsync(CancellationToken cancellationToken = default) =>
        db.FrameworkEditions.AsNoTracking().Where(e => e.Status == EditionStatus.Published)
            .OrderBy(e => e.Title).ThenByDescending(e => e.Edition)
            .Select(e => new EditionChoice(e.Id, e.FrameworkId, e.Edition, e.Title)).ToListAsync(cancellationToken);

    /// <summary>Creates a draft campaign; returns its id, or the problems when the form is not valid.</summary>
    public async Task<(int? Id, List<Bilingual> Problems)> CreateAsync(CreateCampaignForm form, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<Bilingual>();
        var name = form.Name?.Trim() ?? "";
        if (name.Length is 0 or > 300)
        {
            problems.Add(new("Hãy nhập tên kỳ đánh giá (tối đa 300 ký tự).", "Enter the campaign's name (at most 300 characters)."));
        }

        if (form.Year is not (>= 2000 and <= 2100))
        {
            problems.Add(new("Năm đánh giá phải là một năm từ 2000 đến 2100.", "The assessment year must be between 2000 and 2100."));
        }

        var published = form.EditionId is { } id && await db.FrameworkEditions.AnyAsync(e => e.Id == id && e.Status == EditionStatus.Published, cancellationToken);
        if (!published)
        {
            problems.Add(new("Hãy chọn một phiên bản bộ chỉ số đã ban hành.", "Choose a published framework edition."));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var campaign = new Campaign { Name = name, Year = form.Year!.Value, FrameworkEditionId = form.EditionId!.Value, Status = CampaignStatus.Draft };
        db.Campaigns.Add(campaign);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditEntry(actor, nameof(Campaign), Id(campaign.Id), "create", null,
            JsonSerializer.Serialize(new { campaign.Name, campaign.Year, campaign.FrameworkEditionId })), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (campaign.Id, problems);
    }

    /// <summary>
    /// Adds the units the filter finds (those not in the campaign yet) with a draft submission each. Only units of the
    /// level the framework assesses (its <c>unit_level</c>) can take part: a filter for another level is refused with
    /// the reason, and a filter by province or group adds only that level's units.
    /// </summary>
    public async Task<(int Added, Bilingual? Refused)> AddUnitsAsync(int campaignId, UnitFilter filter, string? groupCode, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (await FrameworkLevelAsync(campaignId, cancellationToken) is { } level)
        {
            if (filter.Level is { } asked && asked != level)
            {
                return (0, new(
                    $"Bộ chỉ số của kỳ đánh giá này đánh giá {LevelWords(level).Vi}, nên không thêm được {LevelWords(asked).Vi}.",
                    $"This campaign's framework assesses {LevelWords(level).En}, so {LevelWords(asked).En} cannot be added."));
            }

            filter = filter with { Level = level };
        }

        return (await AddAsync(campaignId, filter, groupCode, actor, cancellationToken), null);
    }

    /// <summary>The level of unit the campaign's framework assesses; null when the framework does not say.</summary>
    public async Task<Engine.Units.UnitLevel?> FrameworkLevelAsync(int campaignId, CancellationToken cancellationToken = default) =>
        (await plans.ForCampaignAsync(db, campaignId, cancellationToken))?.Framework.UnitLevel is { } text
            && Enum.TryParse<Engine.Units.UnitLevel>(text, ignoreCase: true, out var level) ? level : null;

    private static Bilingual LevelWords(Engine.Units.UnitLevel level) => level switch
    {
        Engine.Units.UnitLevel.Province => new("tỉnh, thành phố", "provinces"),
        Engine.Units.UnitLevel.Ministry => new("bộ, ngành", "ministries"),
        Engine.Units.UnitLevel.Department => new("sở, ban, ngành", "departments"),
        Engine.Units.UnitLevel.District => new("huyện", "districts"),
        Engine.Units.UnitLevel.Commune => new("xã, phường, đặc khu", "communes"),
    };

    private async Task<int> AddAsync(int campaignId, UnitFilter filter, string? groupCode, string actor, CancellationToken cancellationToken)
    {
        var ids = await filter.Apply(db)
            .Where(u => !db.CampaignUnits.Any(cu => cu.CampaignId == campaignId && cu.UnitId == u.Id))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var group = string.IsNullOrWhiteSpace(groupCode) ? null : groupCode.Trim();
        db.CampaignUnits.AddRange(ids.Select(id => new CampaignUnit { CampaignId = campaignId, UnitId = id, GroupCode = group }));
        var submitted = await db.Submissions.Where(s => s.CampaignId == campaignId).Select(s => s.UnitId).ToListAsync(cancellationToken);
        db.Submissions.AddRange(ids.Except(submitted)
            .Select(id => new Submission { CampaignId = campaignId, UnitId = id, Status = SubmissionStatus.Draft }));
        await audit.AppendAsync(new AuditEntry(actor, nameof(Campaign), Id(campaignId), "add-units", null,
            JsonSerializer.Serialize(new { filter.Level, filter.ParentId, filter.GroupId, GroupCode = group, UnitIds = ids })), cancellationToken);
        return ids.Count;
    }

    /// <summary>Replaces the campaign's schedule when every date is in order.</summary>
    public async Task<List<Bilingual>> SaveScheduleAsync(int campaignId, IReadOnlyList<PhaseDates> phases, string actor, CancellationToken cancellationToken = default)
    {
        var problems = ScheduleRules.Check(phases);
        if (problems.Count > 0)
        {
            return problems;
        }

        var old = await db.CampaignPhases.Where(p => p.CampaignId == campaignId).ToListAsync(cancellationToken);
        var before = JsonSerializer.Serialize(old.OrderBy(p => p.Kind).Select(p => new { Kind = p.Kind.ToString(), p.Opens, p.Closes }));
        var chosen = phases.Where(p => p.Opens is not null).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Deleted first, in their own batch: re-adding the same (campaign, kind) must not meet the unique index.
        db.CampaignPhases.RemoveRange(old);
        await db.SaveChangesAsync(cancellationToken);
        db.CampaignPhases.AddRange(chosen.Select(p => new CampaignPhase { CampaignId = campaignId, Kind = p.Kind, Opens = p.Opens!.Value, Closes = p.Closes!.Value }));
        await audit.AppendAsync(new AuditEntry(actor, nameof(Campaign), Id(campaignId), "schedule", before,
            JsonSerializer.Serialize(chosen.Select(p => new { Kind = p.Kind.ToString(), p.Opens, p.Closes }))), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return problems;
    }

    /// <summary>Grants one unit a later self-assessment deadline, with the reason, recorded in the audit log.</summary>
    public async Task<List<Bilingual>> GrantExtensionAsync(
        int campaignId, int? unitId, DateOnly? newDeadline, string? reason, string actor, DateTime now, CancellationToken cancellationToken = default)
    {
        var problems = new List<Bilingual>();
        var inCampaign = unitId is { } u && await db.CampaignUnits.AnyAsync(cu => cu.CampaignId == campaignId && cu.UnitId == u, cancellationToken);
        if (!inCampaign)
        {
            problems.Add(new("Hãy chọn một đơn vị tham gia kỳ đánh giá.", "Choose a unit taking part in the campaign."));
        }

        var deadline = await db.CampaignPhases.Where(p => p.CampaignId == campaignId && p.Kind == PhaseKind.SelfAssessment)
            .Select(p => (DateOnly?)p.Closes).SingleOrDefaultAsync(cancellationToken);
        if (newDeadline is null)
        {
            problems.Add(new("Hãy nhập hạn mới (ngày/tháng/năm).", "Enter the new deadline (day/month/year)."));
        }
        else if (deadline is { } d && newDeadline <= d)
        {
            problems.Add(new($"Hạn mới phải sau hạn tự đánh giá hiện tại ({Shared.L.Date(d)}).", $"The new deadline must be after the current self-assessment deadline ({Shared.L.Date(d)})."));
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10)
        {
            problems.Add(new("Hãy ghi lý do gia hạn (ít nhất 10 ký tự).", "Give the reason for the extension (at least 10 characters)."));
        }
        else if (Shared.TextLimits.TooLong(reason, Shared.TextLimits.Reason, "Lý do gia hạn", "The reason for the extension") is { } tooLong)
        {
            problems.Add(new(tooLong.Vi, tooLong.En));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var extension = new DeadlineExtension
        {
            CampaignId = campaignId, UnitId = unitId!.Value, Phase = PhaseKind.SelfAssessment, NewDeadline = newDeadline!.Value,
            Reason = reason!.Trim(), GrantedBy = actor, GrantedAt = now,
        };
        db.DeadlineExtensions.Add(extension);
        await audit.AppendAsync(new AuditEntry(actor, nameof(DeadlineExtension), string.Create(CultureInfo.InvariantCulture, $"{campaignId}/{unitId}"), "grant", null,
            JsonSerializer.Serialize(new { extension.UnitId, Phase = extension.Phase.ToString(), extension.NewDeadline }), extension.Reason), cancellationToken);
        return problems;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
