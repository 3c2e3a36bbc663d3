using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class OrganisationNameRowConfiguration : IEntityTypeConfiguration<OrganisationNameRow>
{
    public void Configure(EntityTypeBuilder<OrganisationNameRow> builder)
    {
        builder.ToTable("organisation_names");
        builder.HasKey(n => new { n.OrganisationId, n.Name });
    }
}
