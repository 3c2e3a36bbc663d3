using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class FigureSupplierMarketRowConfiguration : IEntityTypeConfiguration<FigureSupplierMarketRow>
{
    public void Configure(EntityTypeBuilder<FigureSupplierMarketRow> builder)
    {
        builder.ToTable("figure_supplier_markets");
        builder.HasKey(m => new { m.Market, m.SupplierId });
        builder.HasIndex(m => new { m.Market, m.Value });
        builder.HasIndex(m => m.SupplierId);
    }
}
