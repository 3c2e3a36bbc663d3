using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class NoticeRowConfiguration : IEntityTypeConfiguration<NoticeRow>
{
    public void Configure(EntityTypeBuilder<NoticeRow> builder)
    {
        builder.ToTable("notices");
        builder.HasKey(n => new { n.Ocid, n.Section, n.DocumentId });
        builder.HasOne<ProcessRow>().WithMany().HasForeignKey(n => n.Ocid).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => n.NoticeType);
    }
}
