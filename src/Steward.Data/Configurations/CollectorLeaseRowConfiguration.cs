using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class CollectorLeaseRowConfiguration : IEntityTypeConfiguration<CollectorLeaseRow>
{
    public void Configure(EntityTypeBuilder<CollectorLeaseRow> builder)
    {
        builder.ToTable("collector_leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Holder).IsRequired();
    }
}
