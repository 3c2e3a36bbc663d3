using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class LotAwardRowConfiguration : IEntityTypeConfiguration<LotAwardRow>
{
    public void Configure(EntityTypeBuilder<LotAwardRow> builder)
    {
        builder.ToTable("lot_awards");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.BoxId, a.Lot }).IsUnique();
        builder.Property(a => a.Value).HasPrecision(20, 2);
        builder.HasOne<TenderBoxRow>().WithMany().HasForeignKey(a => a.BoxId).OnDelete(DeleteBehavior.Restrict);
    }
}
