using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class DeliveryContractRowConfiguration : IEntityTypeConfiguration<DeliveryContractRow>
{
    public void Configure(EntityTypeBuilder<DeliveryContractRow> builder)
    {
        builder.ToTable("delivery_contracts");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.OrganisationId, c.Ocid, c.ContractId }).IsUnique();
        builder.HasIndex(c => c.Ocid);
        builder.HasIndex(c => c.SupplierOrganisationId);
        builder.Property(c => c.Value).HasPrecision(20, 2);
        builder.Property(c => c.Spend).HasPrecision(20, 2);
        builder.HasOne<AccountOrganisationRow>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AccountOrganisationRow>().WithMany().HasForeignKey(c => c.SupplierOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
