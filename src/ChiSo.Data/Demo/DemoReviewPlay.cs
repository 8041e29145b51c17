using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Engine.Scoring;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Demo;

/// <summary>A demo campaign's submission: its id and its unit's code.</summary>
internal sealed record DemoSubmission(int Id, string UnitCode);

/// <summary>The user ids of the people who play the review steps.</summary>
internal sealed record DemoCast(string Reviewer, string SecondReviewer);

/// <summary>
/// Plays a demo campaign's review through the steps a person takes (ADR 0024: <see cref="ReviewPoints"/>,
/// <see cref="ReviewRounds"/>, <see cref="RoundAnswers"/>) up to the campaign's demo stage, each on a day of the
/// official schedule, so its history is in the audit chain as if people had done it. A step that refuses stops the
/// seeding: the demo never shows a history the steps would not allow.
/// </summary>
internal sealed class DemoReviewPlay(
    ChiSoDbContext db, ScoringPlans plans, DemoCampaignSpec spec, int campaignId, ScoringPlan plan, IReadOnlyList<DemoSubmission> submissions, DemoCast cast)
{
    private readonly DemoClock _clock = new();

    private DateOnly Day(int month, int day) => new(spec.Year + 1, month, day);

    public async Task PlayAsync(CancellationToken cancellationToken)
    {
        if (spec.Stage == ReviewStage.Collecting)
        {
            return;
        }

        _clock.On(Day(3, 31));
        await AssignAsync(cancellationToken).ConfigureAwait(false);
        var rounds = new ReviewRounds(db, _clock, plans);
        _clock.On(Day(4, 1));
        Ok(await rounds.OpenReviewAsync(campaignId, DemoPeople.Organiser, cancellationToken).ConfigureAwait(false), "open the review");
        await ReviewAsync(cancellationToken).ConfigureAwait(false);
        if (spec.Stage == ReviewStage.Round1Review)
        {
            return;
        }

        _clock.On(Day(4, 30));
        Ok((await rounds.PublishRound1Async(campaignId, DemoPeople.Organiser, cancellationToken).ConfigureAwait(false)).Outcome, "publish round 1");
        var objections = await ObjectAsync(cancellationToken).ConfigureAwait(false);
        if (spec.Stage == ReviewStage.Round1Out)
        {
            return;
        }

        _clock.On(Day(5, 11));
        Ok(await rounds.OpenRound2Async(campaignId, DemoPeople.Organiser, cancellationToken).ConfigureAwait(false), "open round 2");
        _clock.On(Day(5, 20));
        await AnswerAsync(objections, cancellationToken).ConfigureAwait(false);
        _clock.On(Day(5, 31));
        Ok((await rounds.CloseRound2Async(campaignId, DemoPeople.Organiser, cancellationToken).ConfigureAwait(false)).Outcome, "close round 2");
        if (spec.Stage == ReviewStage.Approval)
        {
            return;
        }

        _clock.On(Day(6, 10));
        Ok(await rounds.ApproveAsync(campaignId, DemoPeople.Leader, cancellationToken).ConfigureAwait(false), "approve");
        if (spec.Stage == ReviewStage.Approved)
        {
            return;
        }

        _clock.On(Day(6, 20));
        Ok((await rounds.PublishAsync(campaignId, DemoPeople.Organiser, cancellationToken).ConfigureAwait(false)).Outcome, "publish");
    }

    /// <summary>The council: the first reviewer for every unit and criterion, the second for the second group of criteria.</summary>
    private async Task AssignAsync(CancellationToken cancellationToken)
    {
        var second = plan.Nodes[plan.Total.Children[Math.Min(1, plan.Total.Children.Length - 1)]].Code;
        var assignments = new ReviewerAssignments(db, _clock, plans);
        foreach (var (user, node) in new[] { (cast.Reviewer, (string?)null), (cast.SecondReviewer, second) })
        {
            Ok((await assignments.AssignAsync(campaignId, user, null, node, DemoPeople.Organiser, cancellationToken).ConfigureAwait(false)).Outcome, "assign a reviewer");
        }
    }

    /// <summary>
    /// Round-1 review. The DII: the points of <see cref="DemoDiiRound1"/>, each changed criterion saved with its
    /// reason, the rest accepted. Other campaigns: the rule's points accepted, all of them (or, while the review is
    /// still open, a third of the units, with two criteria changed).
    /// </summary>
    private async Task ReviewAsync(CancellationToken cancellationToken)
    {
        var points = new ReviewPoints(db, _clock, plans);
        var leaves = plan.Leaves.Select(l => plan.Nodes[l].Code).ToList();
        if (spec.FrameworkId == "dii")
        {
            await ReviewDiiAsync(points, leaves, cancellationToken).ConfigureAwait(false);
            return;
        }

        var scored = await new CampaignScoring(db, _clock, plans).ScoreAsync(campaignId, Submissions.Rounds.Self, cancellationToken).ConfigureAwait(false);
        if (scored.Sheet is { } sheet && spec.Figures(sheet) is { } figures)
        {
            await ReviewPublishedAsync(points, leaves, sheet, figures, cancellationToken).ConfigureAwait(false);
            return;
        }

        var reviewing = spec.Stage == ReviewStage.Round1Review ? submissions.Take(submissions.Count / 3).ToList() : submissions;
        foreach (var (submission, i) in reviewing.Select((s, i) => (s, i)))
        {
            _clock.On(Day(4, 2 + (i % 20)), i);
            if (spec.Stage == ReviewStage.Round1Review && i < 2)
            {
                var self = await new CampaignScoring(db, _clock, plans).ScoreAsync(campaignId, Submissions.Rounds.Self, cancellationToken).ConfigureAwait(false);
                var unit = self.Sheet!.Data.UnitCodes.IndexOf(submission.UnitCode);
                var leaf = plan.Leaves[i];
                var lowered = Math.Floor(self.Sheet.Points(leaf, unit) * 50) / 100;
                Ok((await points.SaveAsync(submission.Id, plan.Nodes[leaf].Code, lowered,
                    "Minh chứng chỉ chứng minh được một nửa số liệu tự đánh giá (thiếu văn bản triển khai); Hội đồng chấm một nửa số điểm.",
                    null, cast.Reviewer, DemoPeople.Reviewer, cancellationToken).ConfigureAwait(false)).Outcome, "save reviewed points");
            }

            Ok((await points.AcceptRulePointsAsync(submission.Id, leaves, cast.Reviewer, DemoPeople.Reviewer, cancellationToken).ConfigureAwait(false)).Outcome, "accept the rule's points");
        }
    }

    private async Task ReviewDiiAsync(ReviewPoints points, List<string> leaves, CancellationToken cancellationToken)
    {
        var self = (await new CampaignScoring(db, _clock, plans).ScoreAsync(campaignId, Submissions.Rounds.Self, cancellationToken).ConfigureAwait(false)).Sheet
            ?? throw new InvalidOperationException("The DII demo's self-assessment does not score.");
        var reviewed = DemoDiiRound1.Design(self);
        foreach (var (submission, i) in submissions.Select((s, i) => (s, i)))
        {
            _clock.On(Day(4, 2 + (i % 20)), i);
            var unit = self.Data.UnitCodes.IndexOf(submission.UnitCode);
            for (var l = 0; l < plan.Leaves.Length; l++)
            {
                var rule = self.Points(plan.Leaves[l], unit);
                var given = reviewed[l][unit];
                if (given != rule)
                {
                    Ok((await points.SaveAsync(submission.Id, leaves[l], given, DiiReason(submission.UnitCode, leaves[l], given < rule), null,
                        cast.Reviewer, DemoPeople.Reviewer, cancellationToken).ConfigureAwait(false)).Outcome, "save reviewed points");
                }
            }

            Ok((await points.AcceptRulePointsAsync(submission.Id, leaves, cast.Reviewer, DemoPeople.Reviewer, cancellationToken).ConfigureAwait(false)).Outcome, "accept the rule's points");
        }
    }

    /// <summary>
    /// The reviewed points of <see cref="DemoPublishedDesign"/>, each changed criterion saved with its reason, the rest
    /// accepted. Quảng Trị's first criterion is left at the rule's points: its objection (answered with full points in
    /// round 2) brings it to the design's max, so the published result is the design's.
    /// </summary>
    private async Task ReviewPublishedAsync(ReviewPoints points, List<string> leaves, ScoreSheet self, PublishedFigures figures, CancellationToken cancellationToken)
    {
        var objected = (DemoPeople.QuangTriCode, leaves[0]);
        var reviewed = DemoPublishedDesign.Design(self, figures, [objected]);
        foreach (var (submission, i) in submissions.Select((s, i) => (s, i)))
        {
            _clock.On(Day(4, 2 + (i % 20)), i);
            var unit = self.Data.UnitCodes.IndexOf(submission.UnitCode);
            for (var l = 0; l < plan.Leaves.Length; l++)
            {
                var rule = self.Points(plan.Leaves[l], unit);
                var given = reviewed[l][unit];
                if (given != rule && (submission.UnitCode, leaves[l]) != objected)
                {
                    Ok((await points.SaveAsync(submission.Id, leaves[l], given, DtiReason(given < rule), null,
                        cast.Reviewer, DemoPeople.Reviewer, cancellationToken).ConfigureAwait(false)).Outcome, "save reviewed points");
                }
            }

            Ok((await points.AcceptRulePointsAsync(submission.Id, leaves, cast.Reviewer, DemoPeople.Reviewer, cancellationToken).ConfigureAwait(false)).Outcome, "accept the rule's points");
        }
    }

    private static string DtiReason(bool lower) => lower
        ? "Minh chứng chưa chứng minh đủ mức tự đánh giá; Hội đồng chấm theo số liệu xác minh được và số liệu đo kiểm, khảo sát của Bộ."
        : "Theo số liệu đo kiểm, khảo sát và nền tảng giám sát của Bộ, cao hơn số liệu tỉnh tự đánh giá.";

    private static string DiiReason(string unitCode, string criterion, bool lower) => (unitCode, criterion[0], lower) switch
    {
        (DemoDiiRound1.QuangTri, '1', _) => "Kế hoạch đã ban hành nhưng mới triển khai một phần các nhiệm vụ của năm đánh giá.",
        (DemoDiiRound1.QuangTri, '3' or '4' or '5', _) => "Hồ sơ gửi kèm chưa có minh chứng xác thực cho số liệu tự đánh giá (văn bản, danh sách hệ thống); Hội đồng chấm 0 điểm.",
        (_, _, true) => "Theo số liệu đo kiểm, thống kê của Cục Viễn thông, thấp hơn số liệu tỉnh báo cáo; minh chứng chưa chứng minh đủ mức tự đánh giá.",
        (_, _, false) => "Theo số liệu đo kiểm, thống kê của Cục Viễn thông, cao hơn số liệu tỉnh báo cáo.",
    };

    /// <summary>Quảng Trị objects (to cloud and platforms in the DII, to its first criterion in the DTI) and its head signs the letter.</summary>
    private async Task<List<int>> ObjectAsync(CancellationToken cancellationToken)
    {
        var quangTri = submissions.SingleOrDefault(s => s.UnitCode == DemoPeople.QuangTriCode);
        if (quangTri is null)
        {
            return [];
        }

        var answers = new RoundAnswers(db, _clock, plans);
        _clock.On(Day(5, 5));
        var texts = spec.FrameworkId == "dii"
            ? new[]
            {
                ("3.1", "Tỉnh đã vận hành 12/31 hệ thống thông tin trên nền tảng điện toán đám mây của Trung tâm Công nghệ thông tin và Truyền thông tỉnh (Quyết định số 1245/QĐ-UBND); đề nghị Hội đồng xem xét lại, danh sách hệ thống gửi kèm."),
                ("5.1", "Tỉnh đang sử dụng 6/10 nền tảng số quốc gia ưu tiên (văn bản số 356/STTTT-CNTT liệt kê từng nền tảng); đề nghị Hội đồng chấm lại theo tỷ lệ."),
            }
            : [(plan.Nodes[plan.Leaves[0]].Code, "Tỉnh đã ban hành kế hoạch trước thời hạn (Quyết định số 125/QĐ-UBND); đề nghị Hội đồng xem xét lại minh chứng đính kèm.")];
        var ids = new List<int>();
        foreach (var (criterion, text) in texts)
        {
            var written = await answers.ObjectAsync(quangTri.Id, criterion, text, DemoPeople.QuangTriHead, cancellationToken).ConfigureAwait(false);
            Ok(written.Outcome, "write an objection");
            ids.Add(written.Value!.Id);
        }

        _clock.On(Day(5, 6));
        Ok((await answers.SignAsync(quangTri.Id, confirm: false, "Sở Thông tin và Truyền thông tỉnh Quảng Trị góp ý kết quả đánh giá lần 1 như sau.",
            DemoPeople.QuangTriHead, cancellationToken).ConfigureAwait(false)).Outcome, "sign the objection letter");
        return ids;
    }

    /// <summary>The reviewers accept the first objection (full points) and reject any other, with reasons.</summary>
    private async Task AnswerAsync(List<int> objections, CancellationToken cancellationToken)
    {
        var answers = new RoundAnswers(db, _clock, plans);
        foreach (var (id, i) in objections.Select((id, i) => (id, i)))
        {
            var objection = await db.Objections.AsNoTracking().SingleAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
            plan.TryGetIndex(objection.CriterionCode, out var node);
            var outcome = i == 0
                ? await answers.AnswerAsync(id, accept: true, plan.Nodes[node].MaxPoints, "Minh chứng bổ sung đầy đủ; Hội đồng chấm lại đủ điểm.",
                    objection.Version, cast.Reviewer, DemoPeople.Reviewer, cancellationToken).ConfigureAwait(false)
                : await answers.AnswerAsync(id, accept: false, null, "Văn bản gửi kèm ban hành sau năm đánh giá, không được tính.",
                    objection.Version, cast.Reviewer, DemoPeople.Reviewer, cancellationToken).ConfigureAwait(false);
            Ok(outcome.Outcome, "answer an objection");
        }
    }

    /// <summary>Checks a step was done and forgets what it tracked, as a page's request would (and so later saves stay quick).</summary>
    private void Ok(StepOutcome outcome, string step)
    {
        db.ChangeTracker.Clear();
        if (!outcome.IsDone)
        {
            throw new InvalidOperationException($"Demo {spec.Name}: the step '{step}' was refused ({outcome.Kind}): {outcome.Message?.En}");
        }
    }
}
