using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class DeliveryReportRowConfiguration : IEntityTypeConfiguration<DeliveryReportRow>
{
    public void Configure(EntityTypeBuilder<DeliveryReportRow> builder)
    {
        builder.ToTable("delivery_reports");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.DeliveryContractId, r.KpiId, r.PeriodStart });
        builder.HasIndex(r => r.Status);
        builder.Property(r => r.Value).HasPrecision(28, 6);
        builder.HasOne<DeliveryContractRow>().WithMany().HasForeignKey(r => r.DeliveryContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
