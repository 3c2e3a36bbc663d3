using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class AccountOrganisationRowConfiguration : IEntityTypeConfiguration<AccountOrganisationRow>
{
    public void Configure(EntityTypeBuilder<AccountOrganisationRow> builder)
    {
        builder.ToTable("account_organisations");
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => new { o.Scheme, o.Identifier }).IsUnique();
        builder.HasIndex(o => o.OrganisationId);
    }
}
