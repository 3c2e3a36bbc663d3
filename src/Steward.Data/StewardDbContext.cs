using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Steward.Data.Audit;
using Steward.Data.Configurations;
using Steward.Data.Entities;

namespace Steward.Data;

/// <summary>
/// Steward's store: one model on two providers (conventions C12). <see cref="SqliteStewardDbContext"/> and
/// <see cref="PostgresStewardDbContext"/> own their migrations; names are snake_case on both. Accounts are ASP.NET Core
/// Identity's, with passkeys (Identity's schema version 3, mapped here so that every store has it whatever the host sets). Every save that touches an audited row (<see cref="IAuditedRow"/>,
/// Identity's rows) appends its entries to the audit trail in the same transaction.
/// </summary>
public abstract class StewardDbContext(DbContextOptions options) : IdentityUserContext<AccountUser>(options)
{
    /// <summary>Who the changes saved through this context are made by (an audit actor, see <see cref="Accounts.Actors"/>).</summary>
    public string AuditActor { get; set; } = Accounts.Actors.System;

    /// <summary>The clock the audit trail's entries are stamped by.</summary>
    public TimeProvider AuditClock { get; set; } = TimeProvider.System;

    public DbSet<AccountOrganisationRow> AccountOrganisations => Set<AccountOrganisationRow>();

    public DbSet<MembershipRow> Memberships => Set<MembershipRow>();

    public DbSet<InvitationRow> Invitations => Set<InvitationRow>();

    public DbSet<ApiTokenRow> ApiTokens => Set<ApiTokenRow>();

    public DbSet<AuditEntryRow> AuditEntries => Set<AuditEntryRow>();

    public DbSet<ProfileDraftRow> ProfileDrafts => Set<ProfileDraftRow>();

    public DbSet<GoalRow> Goals => Set<GoalRow>();

    public DbSet<TenderDesignRow> TenderDesigns => Set<TenderDesignRow>();

    public DbSet<EvidenceFileRow> EvidenceFiles => Set<EvidenceFileRow>();

    public DbSet<TenderBoxRow> TenderBoxes => Set<TenderBoxRow>();

    public DbSet<SealedBidRow> SealedBids => Set<SealedBidRow>();

    public DbSet<SealedBidFileRow> SealedBidFiles => Set<SealedBidFileRow>();

    public DbSet<PanelMemberRow> PanelMembers => Set<PanelMemberRow>();

    public DbSet<ConflictDeclarationRow> ConflictDeclarations => Set<ConflictDeclarationRow>();

    public DbSet<ConflictsAssessmentRow> ConflictsAssessments => Set<ConflictsAssessmentRow>();

    public DbSet<EvaluatorScoreRow> EvaluatorScores => Set<EvaluatorScoreRow>();

    public DbSet<ModeratedScoreRow> ModeratedScores => Set<ModeratedScoreRow>();

    public DbSet<AltReviewRow> AltReviews => Set<AltReviewRow>();

    public DbSet<LotAwardRow> LotAwards => Set<LotAwardRow>();

    public DbSet<AssessmentSummaryRow> AssessmentSummaries => Set<AssessmentSummaryRow>();

    public DbSet<DeliveryContractRow> DeliveryContracts => Set<DeliveryContractRow>();

    public DbSet<DeliveryKpiRow> DeliveryKpis => Set<DeliveryKpiRow>();

    public DbSet<DeliveryReportRow> DeliveryReports => Set<DeliveryReportRow>();

    public DbSet<DeliveryFileRow> DeliveryFiles => Set<DeliveryFileRow>();

    public DbSet<PerformanceRatingRow> PerformanceRatings => Set<PerformanceRatingRow>();

    public DbSet<ProxyLibraryRow> ProxyLibraries => Set<ProxyLibraryRow>();

    public DbSet<ReleaseRow> Releases => Set<ReleaseRow>();

    public DbSet<RecordRow> Records => Set<RecordRow>();

    public DbSet<ProcessRow> Processes => Set<ProcessRow>();

    public DbSet<LotRow> Lots => Set<LotRow>();

    public DbSet<AwardCriterionRow> AwardCriteria => Set<AwardCriterionRow>();

    public DbSet<AwardRow> Awards => Set<AwardRow>();

    public DbSet<AwardSupplierRow> AwardSuppliers => Set<AwardSupplierRow>();

    public DbSet<ContractRow> Contracts => Set<ContractRow>();

    public DbSet<BidStatisticRow> BidStatistics => Set<BidStatisticRow>();

    public DbSet<BidRow> Bids => Set<BidRow>();

    public DbSet<BidTendererRow> BidTenderers => Set<BidTendererRow>();

    public DbSet<ClassificationRow> Classifications => Set<ClassificationRow>();

    public DbSet<CpvNameRow> CpvNames => Set<CpvNameRow>();

    public DbSet<RegionRow> Regions => Set<RegionRow>();

    public DbSet<NoticeRow> Notices => Set<NoticeRow>();

    public DbSet<OrganisationRow> Organisations => Set<OrganisationRow>();

    public DbSet<OrganisationIdentifierRow> OrganisationIdentifiers => Set<OrganisationIdentifierRow>();

    public DbSet<OrganisationNameRow> OrganisationNames => Set<OrganisationNameRow>();

    public DbSet<OrganisationNameKeyRow> OrganisationNameKeys => Set<OrganisationNameKeyRow>();

    public DbSet<OrganisationAliasRow> OrganisationAliases => Set<OrganisationAliasRow>();

    public DbSet<SocialValueTextRow> SocialValueTexts => Set<SocialValueTextRow>();

    public DbSet<ProcessPartyRow> ProcessParties => Set<ProcessPartyRow>();

    public DbSet<CollectorCursorRow> CollectorCursors => Set<CollectorCursorRow>();

    public DbSet<CollectorLeaseRow> CollectorLeases => Set<CollectorLeaseRow>();

    public DbSet<FigureRow> Figures => Set<FigureRow>();

    public DbSet<FigureProcessRow> FigureProcesses => Set<FigureProcessRow>();

    public DbSet<FigureSupplierRow> FigureSuppliers => Set<FigureSupplierRow>();

    public DbSet<FigureSupplierMarketRow> FigureSupplierMarkets => Set<FigureSupplierMarketRow>();

    public DbSet<SearchTextRow> SearchTexts => Set<SearchTextRow>();

    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    public DbSet<SupplierProfileRow> SupplierProfiles => Set<SupplierProfileRow>();

    public DbSet<SupplierProfileIdentifierRow> SupplierProfileIdentifiers => Set<SupplierProfileIdentifierRow>();

    public DbSet<SupplierProfileChangeRow> SupplierProfileChanges => Set<SupplierProfileChangeRow>();

    private readonly List<Steward.Core.Audit.AuditChange> _notes = [];

    /// <summary>
    /// Records an act that changes no row (reading a sealed bid, downloading its file) in the audit trail with the
    /// next save. Facts are safe to keep for ever: ids and kinds, never content.
    /// </summary>
    public void AuditNote(string action, string subject, IReadOnlyDictionary<string, string?> facts) =>
        _notes.Add(AuditRecorder.Note(AuditActor, action, subject, facts));

    private List<Steward.Core.Audit.AuditChange> Changes()
    {
        var changes = AuditRecorder.Collect(this, AuditActor);
        changes.AddRange(_notes);
        _notes.Clear();
        return changes;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var changes = Changes();
        if (changes.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var owned = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        AuditLog.Lock(this);
        AuditLog.Add(this, changes, AuditClock.GetUtcNow());
        var written = base.SaveChanges(acceptAllChangesOnSuccess);
        owned?.Commit();
        return written;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = Changes();
        if (changes.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        try
        {
            await AuditLog.LockAsync(this, cancellationToken).ConfigureAwait(false);
            AuditLog.Add(this, changes, AuditClock.GetUtcNow());
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return written;
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<AccountUser>().ToTable("accounts");
        builder.Entity<IdentityUserClaim<string>>().ToTable("account_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("account_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("account_secrets");
        builder.Entity<IdentityUserPasskey<string>>(passkey =>
        {
            passkey.ToTable("account_passkeys");
            passkey.HasKey(p => p.CredentialId);
            passkey.Property(p => p.CredentialId).HasMaxLength(1024); // WebAuthn: a credential id is at most 1,023 bytes
            passkey.OwnsOne(p => p.Data).ToJson();
            passkey.HasOne<AccountUser>().WithMany().HasForeignKey(p => p.UserId).IsRequired();
        });
        builder.ApplyConfiguration(new AccountOrganisationRowConfiguration());
        builder.ApplyConfiguration(new MembershipRowConfiguration());
        builder.ApplyConfiguration(new GoalRowConfiguration());
        builder.ApplyConfiguration(new TenderDesignRowConfiguration());
        builder.ApplyConfiguration(new TenderBoxRowConfiguration());
        builder.ApplyConfiguration(new SealedBidRowConfiguration());
        builder.ApplyConfiguration(new SealedBidFileRowConfiguration());
        builder.ApplyConfiguration(new PanelMemberRowConfiguration());
        builder.ApplyConfiguration(new ConflictDeclarationRowConfiguration());
        builder.ApplyConfiguration(new ConflictsAssessmentRowConfiguration());
        builder.ApplyConfiguration(new EvaluatorScoreRowConfiguration());
        builder.ApplyConfiguration(new ModeratedScoreRowConfiguration());
        builder.ApplyConfiguration(new AltReviewRowConfiguration());
        builder.ApplyConfiguration(new LotAwardRowConfiguration());
        builder.ApplyConfiguration(new AssessmentSummaryRowConfiguration());
        builder.ApplyConfiguration(new DeliveryContractRowConfiguration());
        builder.ApplyConfiguration(new DeliveryKpiRowConfiguration());
        builder.ApplyConfiguration(new DeliveryReportRowConfiguration());
        builder.ApplyConfiguration(new DeliveryFileRowConfiguration());
        builder.ApplyConfiguration(new PerformanceRatingRowConfiguration());
        builder.ApplyConfiguration(new ProxyLibraryRowConfiguration());
        builder.ApplyConfiguration(new InvitationRowConfiguration());
        builder.ApplyConfiguration(new ApiTokenRowConfiguration());
        builder.ApplyConfiguration(new AuditEntryRowConfiguration());
        builder.ApplyConfiguration(new ProfileDraftRowConfiguration());
        builder.ApplyConfiguration(new EvidenceFileRowConfiguration());
        builder.ApplyConfiguration(new ReleaseRowConfiguration());
        builder.ApplyConfiguration(new SearchTextRowConfiguration());
        builder.ApplyConfiguration(new DataProtectionKeyRowConfiguration());
        builder.ApplyConfiguration(new RecordRowConfiguration());
        builder.ApplyConfiguration(new ProcessRowConfiguration());
        builder.ApplyConfiguration(new LotRowConfiguration());
        builder.ApplyConfiguration(new AwardCriterionRowConfiguration());
        builder.ApplyConfiguration(new AwardRowConfiguration());
        builder.ApplyConfiguration(new AwardSupplierRowConfiguration());
        builder.ApplyConfiguration(new ContractRowConfiguration());
        builder.ApplyConfiguration(new BidStatisticRowConfiguration());
        builder.ApplyConfiguration(new BidRowConfiguration());
        builder.ApplyConfiguration(new BidTendererRowConfiguration());
        builder.ApplyConfiguration(new ClassificationRowConfiguration());
        builder.ApplyConfiguration(new CpvNameRowConfiguration());
        builder.ApplyConfiguration(new RegionRowConfiguration());
        builder.ApplyConfiguration(new NoticeRowConfiguration());
        builder.ApplyConfiguration(new OrganisationRowConfiguration());
        builder.ApplyConfiguration(new OrganisationIdentifierRowConfiguration());
        builder.ApplyConfiguration(new OrganisationNameRowConfiguration());
        builder.ApplyConfiguration(new OrganisationNameKeyRowConfiguration());
        builder.ApplyConfiguration(new OrganisationAliasRowConfiguration());
        builder.ApplyConfiguration(new SocialValueTextRowConfiguration());
        builder.ApplyConfiguration(new ProcessPartyRowConfiguration());
        builder.ApplyConfiguration(new CollectorCursorRowConfiguration());
        builder.ApplyConfiguration(new CollectorLeaseRowConfiguration());
        builder.ApplyConfiguration(new FigureRowConfiguration());
        builder.ApplyConfiguration(new FigureProcessRowConfiguration());
        if (Database.IsNpgsql())
        {
            builder.HasPostgresExtension("pg_trgm"); // the suppliers list's text filter (ADR 0016); a trusted extension since PostgreSQL 13
        }

        builder.ApplyConfiguration(new FigureSupplierRowConfiguration(Database.IsNpgsql()));
        builder.ApplyConfiguration(new FigureSupplierMarketRowConfiguration());
        builder.ApplyConfiguration(new SupplierProfileRowConfiguration());
        builder.ApplyConfiguration(new SupplierProfileIdentifierRowConfiguration());
        builder.ApplyConfiguration(new SupplierProfileChangeRowConfiguration());
    }
}
