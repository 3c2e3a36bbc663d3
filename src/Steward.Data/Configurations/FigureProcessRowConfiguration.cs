using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class FigureProcessRowConfiguration : IEntityTypeConfiguration<FigureProcessRow>
{
    public void Configure(EntityTypeBuilder<FigureProcessRow> builder)
    {
        builder.ToTable("figure_processes");
        builder.HasKey(f => f.Ocid);
        builder.HasIndex(f => f.Market);
    }
}
