using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class RecordRowConfiguration : IEntityTypeConfiguration<RecordRow>
{
    public void Configure(EntityTypeBuilder<RecordRow> builder)
    {
        builder.ToTable("records");
        builder.HasKey(r => r.Ocid);
        builder.Property(r => r.Compiled).IsRequired();
    }
}
