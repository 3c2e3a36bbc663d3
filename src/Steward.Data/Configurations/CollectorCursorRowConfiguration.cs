using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class CollectorCursorRowConfiguration : IEntityTypeConfiguration<CollectorCursorRow>
{
    public void Configure(EntityTypeBuilder<CollectorCursorRow> builder)
    {
        builder.ToTable("collector_cursors");
        builder.HasKey(c => c.Source);
    }
}
