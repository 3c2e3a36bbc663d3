using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class OrganisationRowConfiguration : IEntityTypeConfiguration<OrganisationRow>
{
    public void Configure(EntityTypeBuilder<OrganisationRow> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.HasMany(o => o.Identifiers).WithOne().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Names).WithOne().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
