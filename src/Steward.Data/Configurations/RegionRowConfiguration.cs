using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class RegionRowConfiguration : IEntityTypeConfiguration<RegionRow>
{
    public void Configure(EntityTypeBuilder<RegionRow> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => new { r.Ocid, r.Code });
        builder.HasOne<ProcessRow>().WithMany().HasForeignKey(r => r.Ocid).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.Code);
    }
}
