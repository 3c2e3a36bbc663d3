using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class AwardSupplierRowConfiguration : IEntityTypeConfiguration<AwardSupplierRow>
{
    public void Configure(EntityTypeBuilder<AwardSupplierRow> builder)
    {
        builder.ToTable("award_suppliers");
        builder.HasKey(s => new { s.Ocid, s.AwardId, s.OrganisationId });
        builder.HasOne<AwardRow>().WithMany().HasForeignKey(s => new { s.Ocid, s.AwardId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.OrganisationId);
    }
}
