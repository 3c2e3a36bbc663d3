using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class PanelMemberRowConfiguration : IEntityTypeConfiguration<PanelMemberRow>
{
    public void Configure(EntityTypeBuilder<PanelMemberRow> builder)
    {
        builder.ToTable("panel_members");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.BoxId, p.AccountId }).IsUnique();
        builder.HasOne<TenderBoxRow>().WithMany().HasForeignKey(p => p.BoxId).OnDelete(DeleteBehavior.Restrict);
    }
}
