using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class ReleaseRowConfiguration : IEntityTypeConfiguration<ReleaseRow>
{
    public void Configure(EntityTypeBuilder<ReleaseRow> builder)
    {
        builder.ToTable("releases");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.HasIndex(r => new { r.Ocid, r.ReleaseKey }).IsUnique();
        builder.Property(r => r.Ocid).IsRequired();
        builder.Property(r => r.ReleaseKey).IsRequired();
        builder.Property(r => r.Hash).IsRequired().HasMaxLength(64);
        builder.Property(r => r.Json).IsRequired();
    }
}
