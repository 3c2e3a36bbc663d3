using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class BidTendererRowConfiguration : IEntityTypeConfiguration<BidTendererRow>
{
    public void Configure(EntityTypeBuilder<BidTendererRow> builder)
    {
        builder.ToTable("bid_tenderers");
        builder.HasKey(t => new { t.Ocid, t.BidId, t.OrganisationId });
        builder.HasOne<BidRow>().WithMany().HasForeignKey(t => new { t.Ocid, t.BidId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.OrganisationId);
    }
}
