using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class OrganisationIdentifierRowConfiguration : IEntityTypeConfiguration<OrganisationIdentifierRow>
{
    public void Configure(EntityTypeBuilder<OrganisationIdentifierRow> builder)
    {
        builder.ToTable("organisation_identifiers");
        builder.HasKey(i => new { i.Scheme, i.Identifier });
        builder.HasIndex(i => i.OrganisationId);
    }
}
