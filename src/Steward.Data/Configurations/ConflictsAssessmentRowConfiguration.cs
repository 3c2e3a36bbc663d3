using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class ConflictsAssessmentRowConfiguration : IEntityTypeConfiguration<ConflictsAssessmentRow>
{
    public void Configure(EntityTypeBuilder<ConflictsAssessmentRow> builder)
    {
        builder.ToTable("conflicts_assessments");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.DesignId, a.RecordedAt });
        builder.HasOne<TenderDesignRow>().WithMany().HasForeignKey(a => a.DesignId).OnDelete(DeleteBehavior.Restrict);
    }
}
