using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class AltReviewRowConfiguration : IEntityTypeConfiguration<AltReviewRow>
{
    public void Configure(EntityTypeBuilder<AltReviewRow> builder)
    {
        builder.ToTable("alt_reviews");
        builder.HasKey(r => r.BidId);
        builder.HasOne<SealedBidRow>().WithOne().HasForeignKey<AltReviewRow>(r => r.BidId).OnDelete(DeleteBehavior.Restrict);
    }
}
