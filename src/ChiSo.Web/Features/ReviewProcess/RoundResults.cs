using System.Globalization;
using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Files.Results;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.ReviewProcess;

/// <summary>One node's result for a unit: points, value (points ÷ max; null where the node is not scored) and rank (0: unranked).</summary>
public sealed record NodeResult(string Node, double Points, double? Value, int Rank);

/// <summary>One unit's results at every node, the total first.</summary>
public sealed record UnitResult(string Code, string Name, IReadOnlyList<NodeResult> Nodes);

/// <summary>
/// A round's results for the units the caller may see. <c>Note</c> says why some or all units are missing (a unit
/// sees its round-1 result only from the confirmation phase's first day).
/// </summary>
public sealed record RoundResultsResponse(
    int CampaignId, string Round, int SnapshotId, DateTime CreatedAt, bool Published, string PayloadHash, IReadOnlyList<UnitResult> Units, string? Note);

/// <summary>What asking for a round's results gave: the results, or the status and sentence of a refusal.</summary>
public sealed record RoundResultsOutcome(RoundResultsResponse? Results, int Status, string? Message);

/// <summary>
/// Reads a round's stored snapshot for the units the caller may see (ADR 0024): organisers, administrators and the
/// campaign's reviewers every unit; a unit's people and leaders their own units, when <see cref="RoundVisibility"/>
/// says so; the published result (<c>final</c>) everyone signed in.
/// </summary>
public sealed class RoundResults(ChiSoDbContext db, UnitAccess access, UserManager<ChiSoUser> users, TimeProvider clock, ScoringPlans plans)
{
    public async Task<RoundResultsOutcome> ReadAsync(ClaimsPrincipal user, int campaignId, string? round, CancellationToken cancellationToken = default)
    {
        var which = round?.Trim().ToLowerInvariant() switch
        {
            "1" => (int?)Rounds.First,
            "2" => Rounds.Second,
            "final" => 0,
            _ => null,
        };
        if (which is null)
        {
            return Refused(StatusCodes.Status400BadRequest, L.T(
                "Tham số round phải là 1, 2 hoặc final (vòng 1, vòng 2 hoặc kết quả đã công bố).",
                "The round parameter must be 1, 2 or final (round 1, round 2 or the published result)."));
        }

        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Stage }).FirstOrDefaultAsync(cancellationToken);
        var final = which == 0;
        if (campaign is null || (!final && !await (await access.CampaignsAsync(user, cancellationToken)).AnyAsync(c => c.Id == campaignId, cancellationToken)))
        {
            return Refused(StatusCodes.Status404NotFound, L.T("Không tìm thấy kỳ đánh giá.", "Campaign not found."));
        }

        var snapshot = await db.ResultSnapshots.AsNoTracking()
            .Where(s => s.CampaignId == campaignId && (final ? s.Published : !s.Published && s.Round == which))
            .OrderByDescending(s => s.Id).Select(s => new { s.Id, s.CreatedAt, s.Published, s.PayloadHash }).FirstOrDefaultAsync(cancellationToken);
        if (snapshot is null)
        {
            return Refused(StatusCodes.Status409Conflict, final
                ? L.T("Kỳ đánh giá chưa công bố kết quả.", "The campaign has not published its result yet.")
                : L.T($"Chưa có kết quả vòng {which}.", $"There is no round-{which} result yet."));
        }

        // Which units: everyone's after publication and for organisers and the campaign's reviewers; otherwise the
        // caller's own units, once the rule says a unit sees its round result.
        HashSet<int>? units = null;
        string? note = null;
        var memberships = await access.MembershipsAsync(user, cancellationToken);
        var userId = users.GetUserId(user);
        if (!final && !AccessPolicies.IsOrganiser(memberships)
            && !await db.ReviewerAssignments.AnyAsync(a => a.CampaignId == campaignId && a.UserId == userId, cancellationToken))
        {
            var opens = await RoundVisibility.Round1OpensAsync(db, campaignId, cancellationToken);
            if (RoundVisibility.UnitSees(campaign.Stage, which.Value, opens, VietnamTime.Today(clock)))
            {
                units = await access.UnitIdsAsync(user, cancellationToken);
            }
            else
            {
                units = [];
                note = which == Rounds.First && opens is { } day
                    ? L.T($"Đơn vị xem được kết quả vòng 1 từ ngày {L.Date(day)}.", $"Units see their round-1 result from {L.Date(day)}.")
                    : L.T($"Kết quả vòng {which} chưa được gửi tới các đơn vị.", $"The round-{which} result has not been sent to the units yet.");
            }
        }

        var stored = await new CampaignScoring(db, clock, plans).ReadAsync(snapshot.Id, cancellationToken);
        if (stored is null)
        {
            return Refused(StatusCodes.Status404NotFound, L.T("Không tìm thấy kết quả.", "Result not found."));
        }

        var names = await db.CampaignUnits.AsNoTracking().Where(cu => cu.CampaignId == campaignId)
            .Join(db.Units, cu => cu.UnitId, u => u.Id, (cu, u) => new { u.Id, u.Code, u.Name }).ToListAsync(cancellationToken);
        var byCode = names.GroupBy(n => n.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var rows = new List<UnitResult>();
        for (var u = 0; u < stored.UnitCodes.Length; u++)
        {
            var code = stored.UnitCodes[u];
            byCode.TryGetValue(code, out var unit);
            if (units is not null && (unit is null || !units.Contains(unit.Id)))
            {
                continue;
            }

            var nodes = new NodeResult[stored.NodeCodes.Length];
            for (var n = 0; n < nodes.Length; n++)
            {
                var value = stored.Value(n, u);
                nodes[n] = new NodeResult(stored.NodeCodes[n], stored.Points(n, u), double.IsFinite(value) ? value : null, stored.Rank(n, u));
            }

            rows.Add(new UnitResult(code, unit?.Name ?? code, nodes));
        }

        return new(new RoundResultsResponse(campaignId, final ? "final" : which.Value.ToString(CultureInfo.InvariantCulture),
            snapshot.Id, snapshot.CreatedAt, snapshot.Published, snapshot.PayloadHash, rows, note), StatusCodes.Status200OK, null);
    }

    /// <summary>
    /// The results as CSV, written by the app's one CSV writer (<see cref="Editions.DiffFiles.Csv"/>): UTF-8 with a
    /// byte-order mark (Excel opens the Vietnamese names right), formula-like cells neutralised, one row per unit and
    /// node; numbers in invariant form (a dot before the decimals), so that any tool reads them back exactly.
    /// </summary>
    public static byte[] Csv(RoundResultsResponse results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = results.Units.SelectMany(u => u.Nodes.Select(n => new object?[] { u.Code, u.Name, n.Node, n.Points, n.Value, n.Rank })).ToList();
        return Editions.DiffFiles.Csv(new ResultTable($"round-{results.Round}",
        [
            new("unit_code", "Mã đơn vị", ColumnKind.Text), new("unit_name", "Đơn vị", ColumnKind.Text), new("node", "Chỉ tiêu", ColumnKind.Text),
            new("points", "Điểm", ColumnKind.Number), new("value", "Giá trị", ColumnKind.Number), new("rank", "Xếp hạng", ColumnKind.Rank),
        ], rows));
    }

    private static RoundResultsOutcome Refused(int status, string message) => new(null, status, message);
}
