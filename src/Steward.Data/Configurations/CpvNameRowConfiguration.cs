using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class CpvNameRowConfiguration : IEntityTypeConfiguration<CpvNameRow>
{
    public void Configure(EntityTypeBuilder<CpvNameRow> builder)
    {
        builder.ToTable("cpv_names");
        builder.HasKey(c => c.Code);
    }
}
