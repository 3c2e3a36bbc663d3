using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class ProfileDraftRowConfiguration : IEntityTypeConfiguration<ProfileDraftRow>
{
    public void Configure(EntityTypeBuilder<ProfileDraftRow> builder)
    {
        builder.ToTable("profile_drafts");
        builder.HasKey(d => d.OrganisationId);
        builder.HasOne<AccountOrganisationRow>().WithOne().HasForeignKey<ProfileDraftRow>(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
