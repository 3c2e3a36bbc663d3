using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class SupplierProfileChangeRowConfiguration : IEntityTypeConfiguration<SupplierProfileChangeRow>
{
    public void Configure(EntityTypeBuilder<SupplierProfileChangeRow> builder)
    {
        builder.ToTable("supplier_profile_changes");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.ProfileId, c.Version });
    }
}
