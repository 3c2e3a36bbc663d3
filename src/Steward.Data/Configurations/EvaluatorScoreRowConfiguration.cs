using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class EvaluatorScoreRowConfiguration : IEntityTypeConfiguration<EvaluatorScoreRow>
{
    public void Configure(EntityTypeBuilder<EvaluatorScoreRow> builder)
    {
        builder.ToTable("evaluator_scores");
        builder.HasKey(s => s.Id);
        // One mark per evaluator per criterion per bid: a second submission is refused by the store itself.
        builder.HasIndex(s => new { s.BidId, s.Criterion, s.AccountId }).IsUnique();
        builder.Property(s => s.Score).HasPrecision(18, 4);
        builder.HasOne<SealedBidRow>().WithMany().HasForeignKey(s => s.BidId).OnDelete(DeleteBehavior.Restrict);
    }
}
