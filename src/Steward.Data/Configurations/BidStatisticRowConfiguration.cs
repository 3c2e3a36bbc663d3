using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class BidStatisticRowConfiguration : IEntityTypeConfiguration<BidStatisticRow>
{
    public void Configure(EntityTypeBuilder<BidStatisticRow> builder)
    {
        builder.ToTable("bid_statistics");
        builder.HasKey(b => new { b.Ocid, b.Ordinal });
        builder.Property(b => b.Measure).IsRequired();
        builder.HasOne<ProcessRow>().WithMany().HasForeignKey(b => b.Ocid).OnDelete(DeleteBehavior.Cascade);
    }
}
