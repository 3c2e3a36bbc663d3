using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class OrganisationNameKeyRowConfiguration : IEntityTypeConfiguration<OrganisationNameKeyRow>
{
    public void Configure(EntityTypeBuilder<OrganisationNameKeyRow> builder)
    {
        builder.ToTable("organisation_name_keys");
        builder.HasKey(k => k.NameKey);
        builder.HasIndex(k => k.OrganisationId);
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
