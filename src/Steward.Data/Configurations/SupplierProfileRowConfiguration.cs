using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class SupplierProfileRowConfiguration : IEntityTypeConfiguration<SupplierProfileRow>
{
    public void Configure(EntityTypeBuilder<SupplierProfileRow> builder)
    {
        builder.ToTable("supplier_profiles");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.OrganisationId);
        builder.HasIndex(p => p.Name);
        builder.HasMany(p => p.Identifiers).WithOne().HasForeignKey(i => i.ProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}
