using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class SealedBidRowConfiguration : IEntityTypeConfiguration<SealedBidRow>
{
    public void Configure(EntityTypeBuilder<SealedBidRow> builder)
    {
        builder.ToTable("sealed_bids");
        builder.HasKey(b => b.Id);
        builder.HasIndex(b => new { b.BoxId, b.Lot, b.Status });
        builder.HasIndex(b => new { b.SupplierId, b.SubmittedAt });
        builder.HasOne<TenderBoxRow>().WithMany().HasForeignKey(b => b.BoxId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AccountOrganisationRow>().WithMany().HasForeignKey(b => b.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
