using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class SocialValueTextRowConfiguration : IEntityTypeConfiguration<SocialValueTextRow>
{
    public void Configure(EntityTypeBuilder<SocialValueTextRow> builder)
    {
        builder.ToTable("social_value_texts");
        builder.HasKey(t => t.Ocid);
        builder.HasOne<ProcessRow>().WithMany().HasForeignKey(t => t.Ocid).OnDelete(DeleteBehavior.Cascade);
    }
}
