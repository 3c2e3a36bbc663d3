using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class ProcessRowConfiguration : IEntityTypeConfiguration<ProcessRow>
{
    public void Configure(EntityTypeBuilder<ProcessRow> builder)
    {
        builder.ToTable("processes");
        builder.HasKey(p => p.Ocid);
        builder.HasOne(p => p.Buyer).WithMany().HasForeignKey(p => p.BuyerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.BuyerId);
        builder.HasIndex(p => p.Date);
        builder.HasIndex(p => p.MainCpv);
        builder.HasIndex(p => p.FirstPublished);
        builder.HasIndex(p => p.TenderValue);
        builder.HasIndex(p => p.Publisher);
        builder.HasIndex(p => p.TenderEnd);
        builder.HasIndex(p => p.BuyerPartyId);
        builder.HasIndex(p => new { p.BuyerId, p.TitleKey });
        builder.HasIndex(p => p.DuplicateOf);
    }
}
