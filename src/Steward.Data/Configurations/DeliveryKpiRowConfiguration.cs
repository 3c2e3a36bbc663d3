using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class DeliveryKpiRowConfiguration : IEntityTypeConfiguration<DeliveryKpiRow>
{
    public void Configure(EntityTypeBuilder<DeliveryKpiRow> builder)
    {
        builder.ToTable("delivery_kpis");
        builder.HasKey(k => k.Id);
        builder.HasIndex(k => new { k.DeliveryContractId, k.KpiId, k.Version }).IsUnique();
        builder.Property(k => k.Target).HasPrecision(28, 6);
        builder.HasOne<DeliveryContractRow>().WithMany().HasForeignKey(k => k.DeliveryContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
