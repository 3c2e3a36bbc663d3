using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class AwardRowConfiguration : IEntityTypeConfiguration<AwardRow>
{
    public void Configure(EntityTypeBuilder<AwardRow> builder)
    {
        builder.ToTable("awards");
        builder.HasKey(a => new { a.Ocid, a.AwardId });
        builder.HasOne<ProcessRow>().WithMany().HasForeignKey(a => a.Ocid).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.Date);
    }
}
