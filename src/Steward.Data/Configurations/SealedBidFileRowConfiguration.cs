using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class SealedBidFileRowConfiguration : IEntityTypeConfiguration<SealedBidFileRow>
{
    public void Configure(EntityTypeBuilder<SealedBidFileRow> builder)
    {
        builder.ToTable("sealed_bid_files");
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => f.BidId);
        builder.HasOne<SealedBidRow>().WithMany().HasForeignKey(f => f.BidId).OnDelete(DeleteBehavior.Restrict);
    }
}
