using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class ContractRowConfiguration : IEntityTypeConfiguration<ContractRow>
{
    public void Configure(EntityTypeBuilder<ContractRow> builder)
    {
        builder.ToTable("contracts");
        builder.HasKey(c => new { c.Ocid, c.ContractId });
        builder.HasOne<ProcessRow>().WithMany().HasForeignKey(c => c.Ocid).OnDelete(DeleteBehavior.Cascade);
    }
}
