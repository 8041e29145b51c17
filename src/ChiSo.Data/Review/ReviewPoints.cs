using System.Globalization;
using System.Text.Json;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Review;

/// <summary>
/// Round-1 reviewed points (ADR 0024), written by the review helper's work: a reviewer sets a criterion's points for a
/// unit, with a reason whenever they differ from the points the rule gives from the submitted inputs, or accepts many
/// criteria at once (reviewed points = the rule's). Checks the campaign's stage (Round1Review), the reviewer's scope
/// (<c>ReviewerScope</c>: assigned, never their own unit) and the row's version; every change is an audit event.
/// </summary>
public sealed class ReviewPoints(ChiSoDbContext db, TimeProvider clock, ScoringPlans plans)
{
    /// <summary>The longest reason kept (the web's <c>TextLimits.Reason</c>).</summary>
    public const int MaxReason = 1_000;

    /// <summary>The most criteria one accept may name.</summary>
    public const int MaxCriteria = 2_000;

    public const string EntityType = "CriterionScore";

    /// <summary>Sets the reviewed points of one criterion; <paramref name="version"/> is the row version the reviewer saw (null: none yet).</summary>
    public async Task<StepOutcome<CriterionScore>> SaveAsync(
        int submissionId, string criterion, double points, string? reason, int? version, string reviewerUserId, string actor,
        CancellationToken cancellationToken = default)
    {
        var (review, refused) = await OpenAsync(submissionId, reviewerUserId, cancellationToken).ConfigureAwait(false);
        if (review is null)
        {
            return refused!;
        }

        if (review.Unit.Criterion(criterion ?? "") is not { } item)
        {
            return StepOutcome.Refused(StepResult.NotFound, $"Không có tiêu chí {criterion}.", $"There is no criterion {criterion}.");
        }

        if (!review.Scope.Covers(review.Unit.Plan, review.Unit.UnitId, item.Code))
        {
            return NotYours(item.Code);
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (Invalid(item, points, reason) is { } invalid)
        {
            return invalid;
        }

        var row = await ReadAsync(submissionId, item.Code, cancellationToken).ConfigureAwait(false);
        if (row is not null && (version is null ? row.ReviewerPoints is not null : row.Version != version))
        {
            return Stale(row);
        }

        if (row?.ReviewerPoints is { } stored && UnitReview.Same(stored, points) && row.ReviewerReason == reason)
        {
            return new StepOutcome<CriterionScore>(StepOutcome.Done, Copy(row));
        }

        return await WriteAsync(submissionId, [(item, row, points, reason)], actor, "review-points", cancellationToken).ConfigureAwait(false) is { } conflict
            ? conflict
            : new StepOutcome<CriterionScore>(StepOutcome.Done, await ReadAsync(submissionId, item.Code, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Accepts the rule's points as the reviewed points for each criterion given that has no reviewed points yet and no open dispute.</summary>
    public async Task<StepOutcome<int>> AcceptRulePointsAsync(
        int submissionId, IReadOnlyList<string> criteria, string reviewerUserId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria.Count > MaxCriteria)
        {
            return StepOutcome.Refused(StepResult.Invalid, $"Chọn tối đa {MaxCriteria.ToString("N0", Vi)} tiêu chí một lần.", $"Choose at most {MaxCriteria:N0} criteria at once.");
        }

        var (review, refused) = await OpenAsync(submissionId, reviewerUserId, cancellationToken).ConfigureAwait(false);
        if (review is null)
        {
            return refused!;
        }

        var chosen = new List<ReviewedCriterion>();
        foreach (var code in criteria.Distinct(StringComparer.Ordinal))
        {
            if (review.Unit.Criterion(code ?? "") is not { } item)
            {
                return StepOutcome.Refused(StepResult.Invalid, $"Không có tiêu chí {code}.", $"There is no criterion {code}.");
            }

            if (!review.Scope.Covers(review.Unit.Plan, review.Unit.UnitId, item.Code))
            {
                return NotYours(item.Code);
            }

            // Already reviewed, a unit's own points the rule does not give, or no points the rule can give: one by one.
            if (!item.IsReviewed && !item.SelfDiffersFromRule && !double.IsNaN(item.RulePoints))
            {
                chosen.Add(item);
            }
        }

        if (chosen.Count == 0)
        {
            return new StepOutcome<int>(StepOutcome.Done, 0);
        }

        var rows = await db.CriterionScores.AsNoTracking().Where(c => c.SubmissionId == submissionId).ToDictionaryAsync(c => c.CriterionCode, cancellationToken).ConfigureAwait(false);
        var writes = chosen.Select(c => (c, rows.GetValueOrDefault(c.Code), c.RulePoints, (string?)null)).ToList();
        return await WriteAsync(submissionId, writes, actor, "accept-rule-points", cancellationToken).ConfigureAwait(false) is { } conflict
            ? new StepOutcome<int>(conflict.Outcome, 0)
            : new StepOutcome<int>(StepOutcome.Done, chosen.Count);
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private sealed record Opened(UnitReview Unit, ReviewerScope Scope);

    /// <summary>The submission under review when the campaign is at Round1Review and the reviewer covers its unit.</summary>
    private async Task<(Opened? Review, StepOutcome? Refused)> OpenAsync(int submissionId, string reviewerUserId, CancellationToken cancellationToken)
    {
        var unit = await UnitReview.LoadAsync(db, plans, submissionId, cancellationToken).ConfigureAwait(false);
        if (unit is null)
        {
            return (null, StepOutcome.Refused(StepResult.NotFound, "Không tìm thấy hồ sơ.", "Submission not found."));
        }

        var scope = await ReviewerScope.ForAsync(db, reviewerUserId, unit.CampaignId, cancellationToken).ConfigureAwait(false);
        if (!scope.CoversUnit(unit.UnitId))
        {
            return (null, StepOutcome.Refused(StepResult.Forbidden,
                "Bạn không được phân công thẩm định đơn vị này (hoặc đây là đơn vị của bạn).",
                "You are not assigned to review this unit (or it is your own unit)."));
        }

        if (unit.Stage != ReviewStage.Round1Review)
        {
            return (null, StepOutcome.Refused(StepResult.Conflict,
                "Kỳ đánh giá không ở bước thẩm định vòng 1: điểm thẩm định không thể thay đổi lúc này.",
                "The campaign is not at the round-1 review: reviewed points cannot change now."));
        }

        if (unit.Status == SubmissionStatus.Draft)
        {
            return (null, StepOutcome.Refused(StepResult.Conflict, "Đơn vị chưa ký nộp hồ sơ, chưa thể thẩm định.", "The unit has not submitted; it cannot be reviewed yet."));
        }

        return (new Opened(unit, scope), null);
    }

    private static StepOutcome? Invalid(ReviewedCriterion item, double points, string? reason)
    {
        if (!double.IsFinite(points) || points < 0 || points > item.MaxPoints + 1e-9)
        {
            var max = item.MaxPoints.ToString("0.##", Vi);
            return StepOutcome.Refused(StepResult.Invalid,
                $"Điểm thẩm định của tiêu chí {item.Code} phải từ 0 đến {max}.",
                $"The reviewed points of criterion {item.Code} must be between 0 and {item.MaxPoints.ToString("0.##", CultureInfo.InvariantCulture)}.");
        }

        if (reason is { Length: > MaxReason })
        {
            return StepOutcome.Refused(StepResult.Invalid,
                $"Lý do quá dài: {reason.Length.ToString("N0", Vi)} ký tự, tối đa {MaxReason.ToString("N0", Vi)}. Hãy rút gọn.",
                $"The reason is too long: {reason.Length:N0} characters, at most {MaxReason:N0}. Shorten it.");
        }

        return reason is null && !UnitReview.Same(points, item.RulePoints)
            ? StepOutcome.Refused(StepResult.Invalid,
                $"Điểm thẩm định của tiêu chí {item.Code} khác điểm theo quy tắc ({Shown(item.RulePoints)}): hãy ghi lý do.",
                $"The reviewed points of criterion {item.Code} differ from the rule's ({Shown(item.RulePoints)}): give a reason.")
            : null;
    }

    private static string Shown(double points) => double.IsNaN(points) ? "—" : points.ToString("0.##", Vi);

    private static StepOutcome NotYours(string code) => StepOutcome.Refused(StepResult.Forbidden,
        $"Bạn không được phân công thẩm định tiêu chí {code} của đơn vị này.", $"You are not assigned to review criterion {code} of this unit.");

    private static StepOutcome<CriterionScore> Stale(CriterionScore stored) => new(StepOutcome.Refused(StepResult.Conflict,
        $"Người khác ({stored.ReviewedBy}) đã lưu điểm thẩm định của tiêu chí {stored.CriterionCode} trước bạn. Điểm đã lưu và điểm của bạn được hiển thị; hãy chọn và lưu lại.",
        $"Someone else ({stored.ReviewedBy}) saved the reviewed points of criterion {stored.CriterionCode} before you. The stored points and yours are shown; choose and save again."), Copy(stored));

    /// <summary>A detached copy, so that a later write through this context does not change what a caller was shown.</summary>
    private static CriterionScore Copy(CriterionScore row) => new()
    {
        Id = row.Id, SubmissionId = row.SubmissionId, CriterionCode = row.CriterionCode, SelfPoints = row.SelfPoints,
        ReviewerPoints = row.ReviewerPoints, ReviewerReason = row.ReviewerReason, ReviewedBy = row.ReviewedBy, ReviewedAt = row.ReviewedAt,
        FinalPoints = row.FinalPoints, FinalReason = row.FinalReason, FinalBy = row.FinalBy, FinalAt = row.FinalAt, Version = row.Version,
    };

    /// <summary>Writes the rows and one audit event per row in one transaction; a conflict with another writer, as a refusal with the stored row.</summary>
    private async Task<StepOutcome<CriterionScore>?> WriteAsync(
        int submissionId, List<(ReviewedCriterion Item, CriterionScore? Row, double Points, string? Reason)> writes, string actor, string action,
        CancellationToken cancellationToken)
    {
        var audit = new AuditLog(db, clock);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var many = writes.Count > 1;
            var accepted = new List<object>(many ? writes.Count : 0);
            foreach (var (item, existing, points, reason) in writes)
            {
                var row = existing;
                if (row is null)
                {
                    row = new CriterionScore { SubmissionId = submissionId, CriterionCode = item.Code };
                    db.CriterionScores.Add(row);
                }
                else
                {
                    db.CriterionScores.Attach(row);
                }

                var before = row.ReviewerPoints is null ? null : Json(row);
                (row.ReviewerPoints, row.ReviewerReason, row.ReviewedBy, row.ReviewedAt) = (points, reason, actor, now);
                if (many)
                {
                    accepted.Add(new { CriterionCode = item.Code, Points = points });
                }
                else
                {
                    await audit.AppendAsync(new AuditEntry(actor, EntityType, EntityId(row), action, before, Json(row), reason), cancellationToken).ConfigureAwait(false);
                }
            }

            // Accepting many criteria at once is one act of the reviewer: one event on the submission names every
            // criterion and its points (the audit search finds it by unit and by criterion code).
            if (many)
            {
                await audit.AppendAsync(new AuditEntry(actor, "Submission", submissionId.ToString(CultureInfo.InvariantCulture), action, null,
                    JsonSerializer.Serialize(new { By = actor, At = now, Accepted = accepted })), cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            // A later save through this context must read the row as stored then, not as this context last wrote it.
            foreach (var entry in db.ChangeTracker.Entries<CriterionScore>().ToList())
            {
                entry.State = EntityState.Detached;
            }

            return null;
        }
        catch (DbUpdateException)
        {
            // Another reviewer wrote the same criterion between our read and our write (a newer version, or the first row).
            db.ChangeTracker.Clear();
            var code = writes.Count == 1 ? writes[0].Item.Code : null;
            var stored = code is null ? null : await ReadAsync(submissionId, code, cancellationToken).ConfigureAwait(false);
            return stored is null
                ? StepOutcome.Refused(StepResult.Conflict, "Người khác vừa lưu điểm thẩm định của đơn vị này; hãy tải lại trang và thử lại.",
                    "Someone else just saved reviewed points of this unit; reload the page and try again.")
                : Stale(stored);
        }
    }

    private Task<CriterionScore?> ReadAsync(int submissionId, string code, CancellationToken cancellationToken) =>
        db.CriterionScores.AsNoTracking().SingleOrDefaultAsync(c => c.SubmissionId == submissionId && c.CriterionCode == code, cancellationToken);

    public static string EntityId(CriterionScore row) => string.Create(CultureInfo.InvariantCulture, $"{row?.SubmissionId}/{row?.CriterionCode}");

    private static string Json(CriterionScore row) => JsonSerializer.Serialize(new
    {
        Points = row.ReviewerPoints, Reason = row.ReviewerReason, By = row.ReviewedBy, At = row.ReviewedAt, row.Version,
    });
}
