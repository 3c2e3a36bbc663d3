using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class ProcessPartyRowConfiguration : IEntityTypeConfiguration<ProcessPartyRow>
{
    public void Configure(EntityTypeBuilder<ProcessPartyRow> builder)
    {
        builder.ToTable("process_parties");
        builder.HasKey(p => new { p.Ocid, p.OrganisationId });
        builder.HasOne<ProcessRow>().WithMany().HasForeignKey(p => p.Ocid).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.OrganisationId);
    }
}
