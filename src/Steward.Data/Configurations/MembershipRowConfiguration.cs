using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class MembershipRowConfiguration : IEntityTypeConfiguration<MembershipRow>
{
    public void Configure(EntityTypeBuilder<MembershipRow> builder)
    {
        builder.ToTable("memberships");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.AccountId, m.OrganisationId, m.Role }).IsUnique();
        builder.HasIndex(m => m.OrganisationId);
        builder.HasOne<AccountUser>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AccountOrganisationRow>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
