using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class ProxyLibraryRowConfiguration : IEntityTypeConfiguration<ProxyLibraryRow>
{
    public void Configure(EntityTypeBuilder<ProxyLibraryRow> builder)
    {
        builder.ToTable("proxy_libraries");
        builder.HasKey(l => new { l.OrganisationId, l.LibraryId });
        builder.HasOne<AccountOrganisationRow>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
