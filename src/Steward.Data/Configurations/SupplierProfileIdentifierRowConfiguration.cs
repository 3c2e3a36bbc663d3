using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class SupplierProfileIdentifierRowConfiguration : IEntityTypeConfiguration<SupplierProfileIdentifierRow>
{
    public void Configure(EntityTypeBuilder<SupplierProfileIdentifierRow> builder)
    {
        builder.ToTable("supplier_profile_identifiers");
        builder.HasKey(i => new { i.Scheme, i.Identifier });
        builder.HasIndex(i => i.ProfileId);
    }
}
