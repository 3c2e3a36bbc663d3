using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class BidRowConfiguration : IEntityTypeConfiguration<BidRow>
{
    public void Configure(EntityTypeBuilder<BidRow> builder)
    {
        builder.ToTable("bids");
        builder.HasKey(b => new { b.Ocid, b.BidId });
        builder.HasOne<ProcessRow>().WithMany().HasForeignKey(b => b.Ocid).OnDelete(DeleteBehavior.Cascade);
    }
}
