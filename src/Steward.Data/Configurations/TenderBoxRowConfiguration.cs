using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class TenderBoxRowConfiguration : IEntityTypeConfiguration<TenderBoxRow>
{
    public void Configure(EntityTypeBuilder<TenderBoxRow> builder)
    {
        builder.ToTable("tender_boxes");
        builder.HasKey(b => b.Id);
        builder.HasIndex(b => b.OrganisationId);
        builder.HasOne<TenderDesignRow>().WithOne().HasForeignKey<TenderBoxRow>(b => b.Id).OnDelete(DeleteBehavior.Restrict);
    }
}
