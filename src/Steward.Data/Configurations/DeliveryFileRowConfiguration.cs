using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class DeliveryFileRowConfiguration : IEntityTypeConfiguration<DeliveryFileRow>
{
    public void Configure(EntityTypeBuilder<DeliveryFileRow> builder)
    {
        builder.ToTable("delivery_files");
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => f.ReportId);
        builder.HasOne<DeliveryReportRow>().WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
