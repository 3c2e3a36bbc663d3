using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class FigureRowConfiguration : IEntityTypeConfiguration<FigureRow>
{
    public void Configure(EntityTypeBuilder<FigureRow> builder)
    {
        builder.ToTable("figures");
        builder.HasKey(f => new { f.Kind, f.Key });
        builder.HasIndex(f => new { f.Kind, f.Subject });
    }
}
