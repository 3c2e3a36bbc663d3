using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class ModeratedScoreRowConfiguration : IEntityTypeConfiguration<ModeratedScoreRow>
{
    public void Configure(EntityTypeBuilder<ModeratedScoreRow> builder)
    {
        builder.ToTable("moderated_scores");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.BidId, s.Criterion }).IsUnique();
        builder.Property(s => s.Score).HasPrecision(18, 4);
        builder.HasOne<SealedBidRow>().WithMany().HasForeignKey(s => s.BidId).OnDelete(DeleteBehavior.Restrict);
    }
}
