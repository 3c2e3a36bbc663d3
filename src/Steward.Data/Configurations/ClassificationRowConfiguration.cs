using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class ClassificationRowConfiguration : IEntityTypeConfiguration<ClassificationRow>
{
    public void Configure(EntityTypeBuilder<ClassificationRow> builder)
    {
        builder.ToTable("classifications");
        builder.HasKey(c => new { c.Ocid, c.Scheme, c.Code, c.LotId });
        builder.HasOne<ProcessRow>().WithMany().HasForeignKey(c => c.Ocid).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.Scheme, c.Code });
    }
}
