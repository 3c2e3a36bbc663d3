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
        // The few processes published outside the UK: a search that ranks its words' matches in search_texts alone can
        // leave them out by probing this small index, without reading every match's processes row (ProcessSearch).
        builder.HasIndex(p => p.Ocid, "ix_processes_outside_uk").HasFilter("outside_uk").HasDatabaseName("ix_processes_outside_uk");
        // The processes a search by region finds through their buyer's region, by buyer (SearchFilters).
        builder.HasIndex(p => p.BuyerId, "ix_processes_uses_buyer_region").HasFilter("uses_buyer_region").HasDatabaseName("ix_processes_uses_buyer_region");
    }
}
