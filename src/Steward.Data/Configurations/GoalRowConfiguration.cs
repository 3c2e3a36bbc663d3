using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class GoalRowConfiguration : IEntityTypeConfiguration<GoalRow>
{
    public void Configure(EntityTypeBuilder<GoalRow> builder)
    {
        builder.ToTable("goals");
        builder.HasKey(g => new { g.OrganisationId, g.Key });
        builder.HasOne<AccountOrganisationRow>().WithMany().HasForeignKey(g => g.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
