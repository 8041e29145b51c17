using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Data.Units;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data;

/// <summary>
/// The one ChiSo model, used with SQLite and PostgreSQL alike (ADR 0004). Saving also enforces two rules the
/// database cannot see: rows that must never change stay unchanged, and every update bumps the row's Version.
/// </summary>
public sealed class ChiSoDbContext(DbContextOptions<ChiSoDbContext> options) : IdentityDbContext<ChiSoUser>(options)
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitGroup> UnitGroups => Set<UnitGroup>();

    public DbSet<UnitGroupMember> UnitGroupMembers => Set<UnitGroupMember>();

    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();

    public DbSet<FrameworkEdition> FrameworkEditions => Set<FrameworkEdition>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignPhase> CampaignPhases => Set<CampaignPhase>();

    public DbSet<CampaignUnit> CampaignUnits => Set<CampaignUnit>();

    public DbSet<DeadlineExtension> DeadlineExtensions => Set<DeadlineExtension>();

    public DbSet<CriterionAssignment> CriterionAssignments => Set<CriterionAssignment>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<InputValue> InputValues => Set<InputValue>();

    public DbSet<CriterionScore> CriterionScores => Set<CriterionScore>();

    public DbSet<Evidence> Evidence => Set<Evidence>();

    public DbSet<Objection> Objections => Set<Objection>();

    public DbSet<ResultSnapshot> ResultSnapshots => Set<ResultSnapshot>();

    public DbSet<ReviewerAssignment> ReviewerAssignments => Set<ReviewerAssignment>();

    public DbSet<RoundResponse> RoundResponses => Set<RoundResponse>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AccountTicket> AccountTickets => Set<AccountTicket>();

    public DbSet<EndedSession> EndedSessions => Set<EndedSession>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        SaveRules.Apply(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        SaveRules.Apply(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ChiSoDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands DateTime back with Kind=Unspecified and Npgsql refuses non-UTC values: every timestamp is UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

        // Enums are stored by name so that backups, SQL and open-data exports read without a code table,
        // and reordering an enum cannot silently change stored meaning.
        Names<UnitLevel>(configurationBuilder);
        Names<SuccessionKind>(configurationBuilder);
        Names<EditionStatus>(configurationBuilder);
        Names<CampaignStatus>(configurationBuilder);
        Names<PhaseKind>(configurationBuilder);
        Names<SubmissionStatus>(configurationBuilder);
        Names<EvidenceKind>(configurationBuilder);
        Names<ObjectionStatus>(configurationBuilder);
        Names<Role>(configurationBuilder);
    }

    private static void Names<TEnum>(ModelConfigurationBuilder builder)
        where TEnum : struct, Enum =>
        builder.Properties<TEnum>().HaveConversion<string>().HaveMaxLength(32);
}
