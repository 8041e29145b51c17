using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Units;
using ChiSo.Files;
using ChiSo.Web.Features.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.EndToEnd.Tests;

/// <summary>
/// What a real install holds before its review starts, made as its operators make it on a server: the framework
/// imported and published (`chiso framework import --publish`), a province with two departments (`chiso units import`),
/// the people with their roles (`chiso users add`), and a campaign over the two departments opened by the organiser
/// with its schedule, counted from the clock's today (Vietnam's date) <c>D</c>: self-assessment D−1…D+5, round-1 review
/// D+6…D+10, confirmation D+11…D+15, round-2 review D+16…D+20, approval D+21…D+23, publication D+24…D+25.
/// </summary>
internal sealed record ReviewLifecycleWorld(int CampaignId, int UnitA, int UnitB, DateOnly Today, IReadOnlyDictionary<string, string> UserIds)
{
    public const string Password = "Duyet-Ket-Qua-2026";
    public const string Admin = "quantri@sokhcn.example.gov.vn";
    public const string Organiser = "tochuc@sokhcn.example.gov.vn";
    public const string Leader = "lanhdao@ubnd.example.gov.vn";
    public const string ReporterA = "baocao@soa.example.gov.vn";
    public const string HeadA = "giamdoc@soa.example.gov.vn";
    public const string ReporterB = "baocao@sob.example.gov.vn";
    public const string HeadB = "giamdoc@sob.example.gov.vn";
    public const string ReviewerA = "thamdinh1@hoidong.example.gov.vn";
    public const string ReviewerB = "thamdinh2@hoidong.example.gov.vn";
    public const string CampaignName = "Chỉ số chuyển đổi số sở, ngành 2026";

    // Two groups: 1 (1.1 out of 40 from a ratio, 1.2 out of 10 from yes/no), 2 (2.1 out of 50, 5 points a service up to 10).
    private const string Yaml = """
        id: dti-so-nganh-thu
        edition: 2026
        title: Bộ chỉ số chuyển đổi số sở, ban, ngành (thử nghiệm)
        unit_level: department
        display: { total: 100, as: points, decimals: 2 }
        tree:
          - code: "1"
            name: Chính quyền số
            children:
              - code: "1.1"
                name: Tỷ lệ hồ sơ xử lý trực tuyến
                max: 40
                inputs:
                  - { id: da_lam, type: integer, min: 0, label: Số hồ sơ xử lý trực tuyến }
                  - { id: tong, type: integer, min: 1, label: Tổng số hồ sơ }
                score: max * ratio(da_lam, tong)
              - code: "1.2"
                name: Có kế hoạch chuyển đổi số năm
                max: 10
                inputs:
                  - { id: ke_hoach, type: yes_no, label: Đã ban hành kế hoạch }
                score: if(ke_hoach, max, 0)
          - code: "2"
            name: Dịch vụ số
            children:
              - code: "2.1"
                name: Dịch vụ công trực tuyến toàn trình
                max: 50
                inputs:
                  - { id: so_dv, type: integer, min: 0, label: Số dịch vụ toàn trình }
                score: min(so_dv, 10) * 5
        """;

    public string UserId(string email) => UserIds[email];

    public static async Task<ReviewLifecycleWorld> MakeAsync(KestrelApp app, TimeProvider clock)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ChiSoDbContext>();
        const string Operator = "cli";

        var framework = FrameworkSources.FromYaml(Yaml, "dti-so-nganh-thu.yaml");
        Assert.Empty(framework.Problems);
        var store = services.GetRequiredService<EditionStore>();
        var draft = await store.AddDraftAsync(framework.Framework!, Files.Yaml.CanonicalYaml.Write(framework.Framework!), null, Operator);
        Assert.True(draft.Done, string.Join("; ", draft.Problems.Select(p => p.Vi)));
        var published = await store.PublishAsync(draft.Id!.Value, Operator);
        Assert.True(published.Done, string.Join("; ", published.Problems.Select(p => p.Vi)));

        var since = new DateOnly(2025, 7, 1);
        var province = new Unit { Code = "99", Name = "Tỉnh Thử Nghiệm", Level = UnitLevel.Province, Type = "tỉnh", ValidFrom = since };
        db.Units.Add(province);
        await db.SaveChangesAsync();
        var a = new Unit { Code = "99.SA", Name = "Sở Thử nghiệm A", Level = UnitLevel.Department, Type = "sở", ParentId = province.Id, ValidFrom = since };
        var b = new Unit { Code = "99.SB", Name = "Sở Thử nghiệm B", Level = UnitLevel.Department, Type = "sở", ParentId = province.Id, ValidFrom = since };
        db.Units.AddRange(a, b);
        await db.SaveChangesAsync();

        var accounts = new AccountCreation(db, services.GetRequiredService<UserManager<ChiSoUser>>(), new AuditLog(db, clock));
        var ids = new Dictionary<string, string>();
        foreach (var (email, name, role, unit) in new (string, string, Role, int?)[]
        {
            (Admin, "Nguyễn Quản Trị", Role.Administrator, null), (Organiser, "Trần Tổ Chức", Role.Organiser, null),
            (Leader, "Lê Lãnh Đạo", Role.Leader, province.Id),
            (ReporterA, "Phạm Báo Cáo A", Role.UnitReporter, a.Id), (HeadA, "Hoàng Giám Đốc A", Role.UnitHead, a.Id),
            (ReporterB, "Vũ Báo Cáo B", Role.UnitReporter, b.Id), (HeadB, "Đặng Giám Đốc B", Role.UnitHead, b.Id),
            (ReviewerA, "Bùi Thẩm Định Một", Role.Reviewer, null), (ReviewerB, "Đỗ Thẩm Định Hai", Role.Reviewer, null),
        })
        {
            var created = await accounts.CreateAsync(new NewAccount(email, name, role, unit, Password), Operator);
            Assert.True(created.User is not null, $"{email}: {string.Join(", ", created.Errors)}");
            ids[email] = created.User!.Id;
        }

        var setup = services.GetRequiredService<CampaignSetup>();
        var (campaignId, problems) = await setup.CreateAsync(new CreateCampaignForm(CampaignName, 2026, draft.Id), Organiser);
        Assert.True(campaignId is not null, string.Join("; ", problems.Select(p => p.Vi)));
        var id = campaignId!.Value;
        var (added, refused) = await setup.AddUnitsAsync(id, new UnitFilter(UnitLevel.Department, province.Id, null), null, Organiser);
        Assert.True(added == 2, refused?.Vi);
        var d = VietnamTime.Today(clock);
        var schedule = await setup.SaveScheduleAsync(id,
        [
            new PhaseDates(PhaseKind.SelfAssessment, d.AddDays(-1), d.AddDays(5)), new PhaseDates(PhaseKind.Round1Review, d.AddDays(6), d.AddDays(10)),
            new PhaseDates(PhaseKind.Confirmation, d.AddDays(11), d.AddDays(15)), new PhaseDates(PhaseKind.Round2Review, d.AddDays(16), d.AddDays(20)),
            new PhaseDates(PhaseKind.Approval, d.AddDays(21), d.AddDays(23)), new PhaseDates(PhaseKind.Publication, d.AddDays(24), d.AddDays(25)),
        ], Organiser);
        Assert.Empty(schedule);
        Assert.Null(await services.GetRequiredService<CampaignLifecycle>().ChangeStatusAsync(id, CampaignStatus.Open, Organiser));
        return new ReviewLifecycleWorld(id, a.Id, b.Id, d, ids);
    }
}
