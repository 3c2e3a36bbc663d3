using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class EvidenceFileRowConfiguration : IEntityTypeConfiguration<EvidenceFileRow>
{
    public void Configure(EntityTypeBuilder<EvidenceFileRow> builder)
    {
        builder.ToTable("evidence_files");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.OrganisationId, e.UploadedAt });
        builder.HasIndex(e => e.Status);
        builder.HasOne<AccountOrganisationRow>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
