using ChiSo.Data.Accounts;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Submissions;
using ChiSo.Data.Tests.Support;
using ChiSo.Data.Units;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests;

public sealed class RoundTripTests
{
    [Theory, AllDatabases]
    public async Task Save_EveryEntity_ReadsBackEqual(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var merger = new DateOnly(2025, 7, 1);
        int submissionId;
        await using (var db = database.NewContext())
        {
            var oldDaNang = Samples.Province("48", "Thành phố Đà Nẵng", new DateOnly(2008, 1, 1), merger.AddDays(-1));
            var quangNam = Samples.Province("49", "Tỉnh Quảng Nam", new DateOnly(1997, 1, 1), merger.AddDays(-1));
            var newDaNang = Samples.Province("48", "Thành phố Đà Nẵng", merger);
            newDaNang.Population = 3_065_628;
            newDaNang.AreaKm2 = 11_859.59;
            var commune = new Unit { Code = "20194", Name = "Phường Hải Châu", Level = UnitLevel.Commune, Type = "phường", Parent = newDaNang, ValidFrom = merger };
            var group = new UnitGroup { Code = "tw", Name = "Thành phố trực thuộc trung ương" };
            group.Members.Add(new UnitGroupMember { Unit = newDaNang });
            db.AddRange(commune, group, oldDaNang, quangNam);
            db.UnitSuccessions.AddRange(
                new UnitSuccession { Predecessor = oldDaNang, Successor = newDaNang, EffectiveDate = merger, Kind = SuccessionKind.Merge, Full = true },
                new UnitSuccession { Predecessor = quangNam, Successor = newDaNang, EffectiveDate = merger, Kind = SuccessionKind.Merge, Full = true });
            var campaign = new Campaign { Name = "DTI 2025", FrameworkEdition = Samples.Edition(2025), Year = 2025, Status = CampaignStatus.Review, IsDemo = true };
            campaign.Phases.Add(new CampaignPhase { Kind = PhaseKind.SelfAssessment, Opens = new DateOnly(2026, 1, 5), Closes = new DateOnly(2026, 2, 28) });
            campaign.Units.Add(new CampaignUnit { Unit = newDaNang, GroupCode = "tw", Ranked = true });
            db.Add(campaign);
            await db.SaveChangesAsync();
            db.AddRange(
                new DeadlineExtension { CampaignId = campaign.Id, UnitId = newDaNang.Id, Phase = PhaseKind.SelfAssessment, NewDeadline = new DateOnly(2026, 3, 7), Reason = "Sáp nhập", GrantedBy = "organiser", GrantedAt = Samples.Now },
                new CriterionAssignment { CampaignId = campaign.Id, CriterionCode = "1.1", LeadAgency = "Văn phòng UBND tỉnh", ContributingAgencies = "Sở Nội vụ\nSở KH&CN" });
            var submission = new Submission { CampaignId = campaign.Id, UnitId = newDaNang.Id, Status = SubmissionStatus.Objected };
            db.Add(submission);
            await db.SaveChangesAsync();
            submissionId = submission.Id;
            var input = Samples.Input(submission.Id, "1.2", "trained", 0.1 + 0.2);
            input.Text = "ghi chú";
            input.PreviousNumber = 1e-300;
            db.AddRange(
                input,
                new CriterionScore { SubmissionId = submission.Id, CriterionCode = "1.2", SelfPoints = 9.75, ReviewerPoints = 8.5, FinalPoints = 8.5, ReviewerReason = "Thiếu minh chứng" },
                new Evidence { SubmissionId = submission.Id, CriterionCode = "1.1", Kind = EvidenceKind.Citation, DocumentNumber = "922/QĐ-BTTTT", DocumentDate = new DateOnly(2022, 5, 20), Summary = "Phê duyệt Bộ chỉ số", Signer = "Nguyễn Huy Dũng", AddedBy = "reporter", AddedAt = Samples.Now },
                new Evidence { SubmissionId = submission.Id, CriterionCode = "1.2", Kind = EvidenceKind.File, Sha256 = new string('a', 64), FileName = "báo cáo.pdf", ContentType = "application/pdf", Size = 123_456, AddedBy = "reporter", AddedAt = Samples.Now },
                new Objection { SubmissionId = submission.Id, CriterionCode = "1.2", Round = 1, Text = "Đề nghị xem xét lại", Status = ObjectionStatus.Open, By = "head", At = Samples.Now },
                new ResultSnapshot { CampaignId = campaign.Id, Round = 1, FrameworkHash = campaign.FrameworkEdition!.ContentHash, InputsHash = new string('b', 64), EngineVersion = "0.1.0", CreatedAt = Samples.Now, CreatedBy = "organiser", Payload = [0, 255, 7], PayloadHash = ResultSnapshot.HashOf([0, 255, 7]) });
            var user = new ChiSoUser { UserName = "head@danang", DisplayName = "Trưởng phòng" };
            user.Memberships.Add(new Membership { UserId = user.Id, UnitId = newDaNang.Id, Role = Role.UnitHead });
            db.Add(user);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var units = await read.Units.AsNoTracking().OrderBy(u => u.Code).ThenBy(u => u.ValidFrom).ToListAsync();
        Assert.Equal(["20194", "48", "48", "49"], units.Select(u => u.Code));
        var current = units.Single(u => u.Code == "48" && u.ValidTo is null);
        Assert.Equal((3_065_628L, 11_859.59, UnitLevel.Province, "thành phố"), (current.Population!.Value, current.AreaKm2!.Value, current.Level, current.Type));
        Assert.Equal(current.Id, units[0].ParentId);
        Assert.Equal(new DateOnly(2025, 6, 30), units[1].ValidTo);
        Assert.All(await read.UnitSuccessions.ToListAsync(), s => Assert.Equal((current.Id, SuccessionKind.Merge, true), (s.SuccessorId, s.Kind, s.Full)));
        Assert.Equal(current.Id, (await read.UnitGroupMembers.SingleAsync()).UnitId);
        var storedCampaign = await read.Campaigns.Include(c => c.Phases).Include(c => c.Units).Include(c => c.FrameworkEdition).SingleAsync();
        Assert.Equal((CampaignStatus.Review, true, PhaseKind.SelfAssessment, new DateOnly(2026, 2, 28)), (storedCampaign.Status, storedCampaign.IsDemo, storedCampaign.Phases[0].Kind, storedCampaign.Phases[0].Closes));
        Assert.Equal(Samples.Yaml, storedCampaign.FrameworkEdition!.Yaml);
        var extension = await read.DeadlineExtensions.SingleAsync();
        Assert.Equal((Samples.Now, DateTimeKind.Utc), (extension.GrantedAt, extension.GrantedAt.Kind));
        Assert.Equal("Sở Nội vụ\nSở KH&CN", (await read.CriterionAssignments.SingleAsync()).ContributingAgencies);
        var storedInput = await read.InputValues.SingleAsync();
        Assert.Equal((0.1 + 0.2, 1e-300, "ghi chú", 0), (storedInput.Number!.Value, storedInput.PreviousNumber!.Value, storedInput.Text, storedInput.Version));
        var score = await read.CriterionScores.SingleAsync();
        Assert.Equal((9.75, 8.5, 8.5), (score.SelfPoints!.Value, score.ReviewerPoints!.Value, score.FinalPoints!.Value));
        var citation = await read.Evidence.SingleAsync(e => e.Kind == EvidenceKind.Citation);
        Assert.Equal(("922/QĐ-BTTTT", new DateOnly(2022, 5, 20), "Nguyễn Huy Dũng"), (citation.DocumentNumber, citation.DocumentDate!.Value, citation.Signer));
        var file = await read.Evidence.SingleAsync(e => e.Kind == EvidenceKind.File);
        Assert.Equal((new string('a', 64), "báo cáo.pdf", 123_456L), (file.Sha256, file.FileName, file.Size!.Value));
        Assert.Equal(ObjectionStatus.Open, (await read.Objections.SingleAsync()).Status);
        Assert.Equal(SubmissionStatus.Objected, (await read.Submissions.SingleAsync(s => s.Id == submissionId)).Status);
        Assert.Equal(new byte[] { 0, 255, 7 }, (await read.ResultSnapshots.SingleAsync()).Payload);
        var storedUser = await read.Users.Include(u => u.Memberships).SingleAsync();
        Assert.Equal(("Trưởng phòng", Role.UnitHead, current.Id), (storedUser.DisplayName, storedUser.Memberships[0].Role, storedUser.Memberships[0].UnitId));
    }
}
