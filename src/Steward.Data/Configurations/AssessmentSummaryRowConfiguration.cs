using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class AssessmentSummaryRowConfiguration : IEntityTypeConfiguration<AssessmentSummaryRow>
{
    public void Configure(EntityTypeBuilder<AssessmentSummaryRow> builder)
    {
        builder.ToTable("assessment_summaries");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.BidId).IsUnique();
        builder.HasIndex(s => new { s.SupplierId, s.IssuedAt });
        builder.HasOne<TenderBoxRow>().WithMany().HasForeignKey(s => s.BoxId).OnDelete(DeleteBehavior.Restrict);
    }
}
