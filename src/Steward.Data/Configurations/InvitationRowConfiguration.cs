using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class InvitationRowConfiguration : IEntityTypeConfiguration<InvitationRow>
{
    public void Configure(EntityTypeBuilder<InvitationRow> builder)
    {
        builder.ToTable("invitations");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasOne<AccountOrganisationRow>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
