using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class PerformanceRatingRowConfiguration : IEntityTypeConfiguration<PerformanceRatingRow>
{
    public void Configure(EntityTypeBuilder<PerformanceRatingRow> builder)
    {
        builder.ToTable("performance_ratings");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.DeliveryContractId, r.KpiId, r.PeriodStart, r.PeriodEnd }).IsUnique();
        builder.HasOne<DeliveryContractRow>().WithMany().HasForeignKey(r => r.DeliveryContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
