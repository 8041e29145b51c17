using ChiSo.Engine;
using System.Globalization;
using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Engine.Scoring;
using ChiSo.Files.Assignments;
using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Results;

namespace ChiSo.Web.Features.Setup;

/// <summary>One criterion of the campaign's framework with its current assignment.</summary>
public sealed record AssignmentLine(string Code, string Name, string? Lead, string? Contributing);

/// <summary>
/// Assigns criteria to a lead agency and contributing agencies, one by one from the table or in bulk from an Excel
/// sheet. A sheet is all or nothing: one unknown criterion code and no row is saved.
/// </summary>
public sealed class AssignmentSaving(ChiSoDbContext db, AuditLog audit, ScoringPlans plans)
{
    public Task<ScoringPlan?> PlanAsync(int campaignId, CancellationToken cancellationToken = default) =>
        plans.ForCampaignAsync(db, campaignId, cancellationToken);

    public async Task<List<AssignmentLine>> LinesAsync(int campaignId, ScoringPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var stored = await db.CriterionAssignments.AsNoTracking().Where(a => a.CampaignId == campaignId).ToDictionaryAsync(a => a.CriterionCode, cancellationToken);
        return [.. plan.Leaves.Select(i => plan.Nodes[i]).Select(n => new AssignmentLine(
            n.Code, n.Name, stored.GetValueOrDefault(n.Code)?.LeadAgency, stored.GetValueOrDefault(n.Code)?.ContributingAgencies))];
    }

    /// <summary>Saves the rows of the table; a row with an empty lead agency removes that criterion's assignment.</summary>
    public async Task<List<Bilingual>> SaveAsync(int campaignId, ScoringPlan plan, IReadOnlyList<AssignmentLine> lines, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var unknown = lines.Where(l => !IsCriterion(plan, l.Code)).Select(l => l.Code).ToList();
        if (unknown.Count > 0)
        {
            var codes = string.Join(", ", unknown);
            return [new($"Không có tiêu chí nào mang mã: {codes}.", $"No criterion has the code: {codes}.")];
        }

        if (TooLong(lines) is { } tooLong)
        {
            return [tooLong];
        }

        if (await UnknownLeadsAsync(lines, cancellationToken) is { } unknownLeads)
        {
            return [unknownLeads];
        }

        await ApplyAsync(campaignId, lines, actor, "assign", cancellationToken);
        return [];
    }

    /// <summary>Reads an assignment sheet and saves every row, or none when any row has a problem.</summary>
    public async Task<(int Saved, List<Bilingual> Problems)> ImportAsync(
        int campaignId, ScoringPlan plan, Stream sheet, string fileName, string actor, CancellationToken cancellationToken = default)
    {
        var read = AssignmentSheet.Read(sheet, fileName);
        var problems = read.Problems.Select(p => new Bilingual(p.MessageVi, p.MessageEn)).ToList();
        var unknown = read.Rows.Where(r => !IsCriterion(plan, r.CriterionCode)).ToList();
        if (unknown.Count > 0)
        {
            var vi = string.Join("; ", unknown.Select(r => string.Create(CultureInfo.InvariantCulture, $"dòng {r.Row} ({r.CriterionCode})")));
            var en = string.Join("; ", unknown.Select(r => string.Create(CultureInfo.InvariantCulture, $"row {r.Row} ({r.CriterionCode})")));
            problems.Add(new(
                $"Mã tiêu chí không có trong bộ chỉ số của kỳ đánh giá: {vi}. Hãy sửa các dòng này; chưa có dòng nào được lưu.",
                $"Criterion codes not in the campaign's framework: {en}. Fix these rows; nothing was saved."));
        }

        if (problems.Count > 0 || read.HasErrors)
        {
            return (0, problems);
        }

        var lines = read.Rows.Select(r => new AssignmentLine(r.CriterionCode, "", r.LeadAgency, string.Join('\n', r.ContributingAgencies))).ToList();
        if (TooLong(lines) is { } tooLong)
        {
            return (0, [tooLong]);
        }

        if (await UnknownLeadsAsync(lines, cancellationToken) is { } unknownLeads)
        {
            return (0, [unknownLeads]);
        }

        await ApplyAsync(campaignId, lines, actor, "import-assignments", cancellationToken);
        return (lines.Count, problems);
    }

    /// <summary>
    /// Lead agencies that are no current unit (by name or by code, whatever the letter case): a lead agency is a unit
    /// that answers for the criterion, so a misspelt one would be stored and then never found. Null when all are known.
    /// </summary>
    private async Task<Bilingual?> UnknownLeadsAsync(IReadOnlyList<AssignmentLine> lines, CancellationToken cancellationToken)
    {
        var leads = lines.Select(l => (l.Code, Lead: l.Lead?.Trim() ?? "")).Where(l => l.Lead.Length > 0).ToList();
        if (leads.Count == 0)
        {
            return null;
        }

        var units = await db.Units.AsNoTracking().Where(u => u.ValidTo == null).Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken);
        var known = new HashSet<string>(units.SelectMany(u => new[] { u.Code, u.Name }), StringComparer.OrdinalIgnoreCase);
        var unknown = leads.Where(l => !known.Contains(l.Lead)).ToList();
        if (unknown.Count == 0)
        {
            return null;
        }

        var listed = string.Join("; ", unknown.Take(10).Select(l => $"“{l.Lead}” ({l.Code})"));
        return new(
            $"Cơ quan chủ trì không có trong danh mục đơn vị: {listed}. Hãy nhập đúng tên hoặc mã của một đơn vị; chưa lưu gì.",
            $"Lead agencies that are not in the unit registry: {listed}. Enter a unit's exact name or code; nothing was saved.");
    }

    /// <summary>The first agency name longer than the server keeps (the page's maxlength is only advice), or null.</summary>
    private static Bilingual? TooLong(IReadOnlyList<AssignmentLine> lines)
    {
        foreach (var line in lines)
        {
            var problem = Shared.TextLimits.TooLong(line.Lead, Shared.TextLimits.Agency, $"Cơ quan chủ trì của tiêu chí {line.Code}", $"The lead agency of criterion {line.Code}")
                ?? Shared.TextLimits.TooLong(line.Contributing, Shared.TextLimits.Reason, $"Cơ quan phối hợp của tiêu chí {line.Code}", $"The contributing agencies of criterion {line.Code}");
            if (problem is { } p)
            {
                return new Bilingual(p.Vi, p.En);
            }
        }

        return null;
    }

    private async Task ApplyAsync(int campaignId, IReadOnlyList<AssignmentLine> lines, string actor, string action, CancellationToken cancellationToken)
    {
        var stored = await db.CriterionAssignments.Where(a => a.CampaignId == campaignId).ToDictionaryAsync(a => a.CriterionCode, cancellationToken);
        var changes = new List<object>();
        foreach (var line in lines)
        {
            var lead = line.Lead?.Trim() ?? "";
            var others = Tidy(line.Contributing);
            var row = stored.GetValueOrDefault(line.Code);
            var before = row is null ? null : new { row.LeadAgency, row.ContributingAgencies };
            if (row is not null && lead.Length == 0)
            {
                db.CriterionAssignments.Remove(row);
            }
            else if (row is null && lead.Length > 0)
            {
                db.CriterionAssignments.Add(new CriterionAssignment { CampaignId = campaignId, CriterionCode = line.Code, LeadAgency = lead, ContributingAgencies = others });
            }
            else if (row is not null && (row.LeadAgency != lead || row.ContributingAgencies != others))
            {
                (row.LeadAgency, row.ContributingAgencies) = (lead, others);
            }
            else
            {
                continue;
            }

            changes.Add(new { line.Code, Before = before, Lead = lead, Contributing = others });
        }

        if (changes.Count > 0)
        {
            await audit.AppendAsync(new AuditEntry(actor, nameof(Campaign), campaignId.ToString(CultureInfo.InvariantCulture), action, null, JsonSerializer.Serialize(changes)), cancellationToken);
        }
    }

    private static bool IsCriterion(ScoringPlan plan, string code) => plan.TryGetIndex(code, out var index) && plan.Nodes[index].Children.IsEmpty;

    private static string? Tidy(string? agencies)
    {
        var list = (agencies ?? "").Split(['\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return list.Length == 0 ? null : string.Join('\n', list);
    }
}
