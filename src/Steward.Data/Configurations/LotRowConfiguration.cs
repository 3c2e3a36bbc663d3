using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class LotRowConfiguration : IEntityTypeConfiguration<LotRow>
{
    public void Configure(EntityTypeBuilder<LotRow> builder)
    {
        builder.ToTable("lots");
        builder.HasKey(l => new { l.Ocid, l.LotId });
        builder.HasOne<ProcessRow>().WithMany().HasForeignKey(l => l.Ocid).OnDelete(DeleteBehavior.Cascade);
    }
}
