using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

/// <summary>No foreign key: an alias may name an organisation the next import creates (a confirmed merge kept across a rebuild).</summary>
internal sealed class OrganisationAliasRowConfiguration : IEntityTypeConfiguration<OrganisationAliasRow>
{
    public void Configure(EntityTypeBuilder<OrganisationAliasRow> builder)
    {
        builder.ToTable("organisation_aliases");
        builder.HasKey(a => a.Alias);
        builder.HasIndex(a => a.OrganisationId);
    }
}
