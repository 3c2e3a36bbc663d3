using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class AwardCriterionRowConfiguration : IEntityTypeConfiguration<AwardCriterionRow>
{
    public void Configure(EntityTypeBuilder<AwardCriterionRow> builder)
    {
        builder.ToTable("award_criteria");
        builder.HasKey(c => new { c.Ocid, c.LotId, c.Ordinal });
        builder.HasOne<ProcessRow>().WithMany().HasForeignKey(c => c.Ocid).OnDelete(DeleteBehavior.Cascade);
    }
}
