using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class SearchTextRowConfiguration : IEntityTypeConfiguration<SearchTextRow>
{
    public void Configure(EntityTypeBuilder<SearchTextRow> builder)
    {
        builder.ToTable("search_texts");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.Ocid).IsUnique();
        builder.HasOne<ProcessRow>().WithMany().HasForeignKey(s => s.Ocid).OnDelete(DeleteBehavior.Cascade);
    }
}
