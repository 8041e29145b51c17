using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Results;
using ChiSo.Engine;
using ChiSo.Engine.Scoring;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Demo;

/// <summary>What <see cref="DemoSeeder.SeedAsync"/> did.</summary>
/// <param name="AlreadySeeded">True when demo campaigns were there already; nothing was written.</param>
/// <param name="Campaigns">Demo campaigns in the database.</param>
/// <param name="InputValues">Input values written.</param>
/// <param name="Snapshots">Result snapshots written.</param>
public sealed record DemoSeedResult(bool AlreadySeeded, int Campaigns, int InputValues, int Snapshots);

/// <summary>
/// Fills a database with realistic demo data, every campaign flagged <see cref="Campaign.IsDemo"/> and named
/// "[DEMO] …": the shipped frameworks as published editions, the unit registry when the database has none, and
/// campaigns in different lifecycle states: drawn (seeded) self-assessments written in bulk, then each campaign's
/// review played through the review steps a person takes (<see cref="DemoReviewPlay"/>), so reviewed points,
/// objections, answers, results and their audit events are the steps' own. The data is written in one transaction
/// (a killed process leaves the database as it was); each review step then is its own transaction, as when people
/// take them, so a process killed while the reviews are played leaves them part way, each step whole.
/// </summary>
public sealed class DemoSeeder(ChiSoDbContext db, TimeProvider clock, ScoringPlans plans)
{
    internal const string By = "demo";

    /// <summary>Seeds the demo unless demo campaigns exist.</summary>
    /// <param name="frameworks">The shipped framework files: file name and YAML text.</param>
    /// <param name="registry">The shipped unit registry (<c>ChiSo.Files.Units.ShippedRegistry.Load</c>), read only when the database has no units.</param>
    /// <param name="progress">Told before each step, so that a first start is not half a minute of silence.</param>
    /// <param name="cancellationToken">Cancels the seeding; nothing is kept.</param>
    public async Task<DemoSeedResult> SeedAsync(
        IReadOnlyList<(string FileName, string Yaml)> frameworks, Func<UnitRegistry> registry, IProgress<Bilingual>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        var existing = await db.Campaigns.CountAsync(c => c.IsDemo, cancellationToken).ConfigureAwait(false);
        if (existing > 0)
        {
            return new DemoSeedResult(true, existing, 0, 0);
        }

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var values = 0;
        var written = new List<(DemoCampaignSpec Spec, DemoCampaignWriter Campaign, ScoringPlan Plan)>();
        DemoCast cast;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            progress?.Report(new("Dữ liệu mẫu: nạp danh mục đơn vị hành chính…", "Demo data: loading the unit registry…"));
            await DemoRegistry.ImportIfEmptyAsync(db, registry, cancellationToken).ConfigureAwait(false);
            var editions = await StoreEditionsAsync(frameworks, cancellationToken).ConfigureAwait(false);
            var units = new DemoUnitSets(db);
            cast = await CastAsync(units, cancellationToken).ConfigureAwait(false);
            var seed = 2023;
            foreach (var (spec, number) in DemoCampaignSpec.All.Select((s, i) => (s, i + 1)))
            {
                progress?.Report(new(
                    $"Dữ liệu mẫu: kỳ đánh giá {number}/{DemoCampaignSpec.All.Count} — {spec.Name}…",
                    $"Demo data: campaign {number}/{DemoCampaignSpec.All.Count} — {spec.Name}…"));
                var (edition, plan) = editions[spec.FrameworkId];
                var members = await units.ForAsync(spec.Units, cancellationToken).ConfigureAwait(false);
                var campaign = new DemoCampaignWriter(db, clock, spec, edition, plan, members);
                values += await campaign.WriteAsync(seed++, cancellationToken).ConfigureAwait(false);
                written.Add((spec, campaign, plan));
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // The review steps are a person's: each is its own transaction, tracking and saving as the pages do.
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var mailBefore = await db.Set<Notifications.OutboxMessage>().MaxAsync(m => (long?)m.Id, cancellationToken).ConfigureAwait(false) ?? 0;
        foreach (var (spec, campaign, plan) in written.Where(w => w.Spec.Stage != ReviewStage.Collecting))
        {
            progress?.Report(new($"Dữ liệu mẫu: thẩm định {spec.Name}…", $"Demo data: reviewing {spec.Name}…"));
            await new DemoReviewPlay(db, plans, spec, campaign.Id, plan, campaign.Submissions, cast).PlayAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }

        // The steps told the demo's people in the app and queued e-mails to them; the demo's addresses are not real, so
        // those e-mails are not kept to be sent (the in-app notifications stay, as does everything the steps audited).
        await db.Set<Notifications.OutboxMessage>().Where(m => m.Id > mailBefore).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.AutoDetectChangesEnabled = detect;
        var snapshots = await db.ResultSnapshots.CountAsync(cancellationToken).ConfigureAwait(false);
        return new DemoSeedResult(false, DemoCampaignSpec.All.Count, values, snapshots);
    }

    /// <summary>The reviewers, and Quảng Trị's head who answers its round-1 results (<see cref="DemoPeople"/>).</summary>
    private async Task<DemoCast> CastAsync(DemoUnitSets units, CancellationToken cancellationToken)
    {
        var audit = new AuditLog(db, clock);
        var quangTri = (await units.ForAsync(DemoUnits.OldProvinces, cancellationToken).ConfigureAwait(false)).Single(u => u.Code == DemoPeople.QuangTriCode);
        await DemoPeople.EnsureAsync(db, audit, DemoPeople.QuangTriHead, "Giám đốc Sở Thông tin và Truyền thông tỉnh Quảng Trị", Role.UnitHead, quangTri.Id, cancellationToken).ConfigureAwait(false);
        return new DemoCast(
            await DemoPeople.EnsureAsync(db, audit, DemoPeople.Reviewer, "Thành viên Hội đồng thẩm định", Role.Reviewer, null, cancellationToken).ConfigureAwait(false),
            await DemoPeople.EnsureAsync(db, audit, DemoPeople.SecondReviewer, "Thành viên Hội đồng thẩm định (nhóm hạ tầng)", Role.Reviewer, null, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The framework files shipped beside a host (its <c>frameworks/</c> folder), in name order; empty when missing.</summary>
    public static List<(string FileName, string Yaml)> ShippedFrameworks(string folder) =>
        !Directory.Exists(folder) ? []
        : [.. Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];

    private async Task<Dictionary<string, (FrameworkEdition Edition, ScoringPlan Plan)>> StoreEditionsAsync(
        IReadOnlyList<(string FileName, string Yaml)> frameworks, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, (FrameworkEdition, ScoringPlan)>(StringComparer.Ordinal);
        foreach (var (fileName, yaml) in frameworks)
        {
            var (framework, plan, problems) = plans.For(yaml, FrameworkEdition.HashOf(yaml), fileName);
            if (framework is null || plan is null)
            {
                throw new InvalidOperationException($"The shipped framework {fileName} does not load: {problems.FirstOrDefault()?.MessageEn}");
            }

            var edition = await db.FrameworkEditions
                .FirstOrDefaultAsync(e => e.FrameworkId == framework.Id && e.Edition == framework.Edition, cancellationToken).ConfigureAwait(false);
            if (edition is null)
            {
                edition = FrameworkEdition.Draft(framework.Id, framework.Edition, framework.Title, yaml);
                edition.Status = EditionStatus.Published;
                edition.PublishedAt = clock.GetUtcNow().UtcDateTime;
                db.FrameworkEditions.Add(edition);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            result[framework.Id] = (edition, plan);
        }

        return result;
    }
}

/// <summary>Reports the seeder's steps as they happen, on the seeding thread (<see cref="Progress{T}"/> would post them later, out of order).</summary>
public sealed class DemoProgress(Action<Bilingual> report) : IProgress<Bilingual>
{
    public void Report(Bilingual value) => report(value);
}
