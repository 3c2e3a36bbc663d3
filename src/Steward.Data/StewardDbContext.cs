using Microsoft.EntityFrameworkCore;
using Steward.Data.Configurations;
using Steward.Data.Entities;

namespace Steward.Data;

/// <summary>
/// Steward's store: one model on two providers (conventions C12). <see cref="SqliteStewardDbContext"/> and
/// <see cref="PostgresStewardDbContext"/> own their migrations; names are snake_case on both.
/// </summary>
public abstract class StewardDbContext(DbContextOptions options) : DbContext(options)
{
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

    public DbSet<SearchTextRow> SearchTexts => Set<SearchTextRow>();

    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    public DbSet<SupplierProfileRow> SupplierProfiles => Set<SupplierProfileRow>();

    public DbSet<SupplierProfileIdentifierRow> SupplierProfileIdentifiers => Set<SupplierProfileIdentifierRow>();

    public DbSet<SupplierProfileChangeRow> SupplierProfileChanges => Set<SupplierProfileChangeRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new ReleaseRowConfiguration());
        modelBuilder.ApplyConfiguration(new SearchTextRowConfiguration());
        modelBuilder.ApplyConfiguration(new DataProtectionKeyRowConfiguration());
        modelBuilder.ApplyConfiguration(new RecordRowConfiguration());
        modelBuilder.ApplyConfiguration(new ProcessRowConfiguration());
        modelBuilder.ApplyConfiguration(new LotRowConfiguration());
        modelBuilder.ApplyConfiguration(new AwardCriterionRowConfiguration());
        modelBuilder.ApplyConfiguration(new AwardRowConfiguration());
        modelBuilder.ApplyConfiguration(new AwardSupplierRowConfiguration());
        modelBuilder.ApplyConfiguration(new ContractRowConfiguration());
        modelBuilder.ApplyConfiguration(new BidStatisticRowConfiguration());
        modelBuilder.ApplyConfiguration(new BidRowConfiguration());
        modelBuilder.ApplyConfiguration(new BidTendererRowConfiguration());
        modelBuilder.ApplyConfiguration(new ClassificationRowConfiguration());
        modelBuilder.ApplyConfiguration(new RegionRowConfiguration());
        modelBuilder.ApplyConfiguration(new NoticeRowConfiguration());
        modelBuilder.ApplyConfiguration(new OrganisationRowConfiguration());
        modelBuilder.ApplyConfiguration(new OrganisationIdentifierRowConfiguration());
        modelBuilder.ApplyConfiguration(new OrganisationNameRowConfiguration());
        modelBuilder.ApplyConfiguration(new OrganisationNameKeyRowConfiguration());
        modelBuilder.ApplyConfiguration(new OrganisationAliasRowConfiguration());
        modelBuilder.ApplyConfiguration(new SocialValueTextRowConfiguration());
        modelBuilder.ApplyConfiguration(new ProcessPartyRowConfiguration());
        modelBuilder.ApplyConfiguration(new CollectorCursorRowConfiguration());
        modelBuilder.ApplyConfiguration(new SupplierProfileRowConfiguration());
        modelBuilder.ApplyConfiguration(new SupplierProfileIdentifierRowConfiguration());
        modelBuilder.ApplyConfiguration(new SupplierProfileChangeRowConfiguration());
    }
}
