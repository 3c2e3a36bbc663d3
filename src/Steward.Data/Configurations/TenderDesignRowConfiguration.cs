using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class TenderDesignRowConfiguration : IEntityTypeConfiguration<TenderDesignRow>
{
    public void Configure(EntityTypeBuilder<TenderDesignRow> builder)
    {
        builder.ToTable("tender_designs");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.OrganisationId);
        builder.HasIndex(d => d.Ocid).IsUnique();
        builder.HasOne<AccountOrganisationRow>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
