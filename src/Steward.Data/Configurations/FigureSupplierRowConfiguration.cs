using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

/// <summary>
/// The suppliers list's columns, each sortable one indexed with the id after it: a column that may be missing by a
/// key for each direction (missing last, ties by id), one that may not descending (read forwards when sorted
/// highest first, backwards when lowest first, ties then by id the other way). On PostgreSQL the text keys compare
/// byte by byte (collation "C"), as SQLite compares them, so that both providers list suppliers in the same order;
/// the search text has a trigram index (ADR 0016).
/// </summary>
internal sealed class FigureSupplierRowConfiguration(bool postgres) : IEntityTypeConfiguration<FigureSupplierRow>
{
    public void Configure(EntityTypeBuilder<FigureSupplierRow> builder)
    {
        builder.ToTable("figure_suppliers");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.SupplierId).IsUnique();
        if (postgres)
        {
            builder.Property(s => s.NameKey).UseCollation("C");
            builder.Property(s => s.ScaleAscending).UseCollation("C");
            builder.Property(s => s.ScaleDescending).UseCollation("C");
            builder.Property(s => s.IdKey).UseCollation("C");

            // The text filter: a trigram index (pg_trgm) answers "contains" without reading every line. SQLite has
            // its own, an FTS5 table with the trigram tokenizer (migration SupplierList).
            builder.HasIndex(s => s.Search).HasMethod("gin").HasOperators("gin_trgm_ops");
        }

        builder.HasIndex(s => new { s.AwardValueDescending, s.SupplierId }).IsDescending(true, false);
        builder.HasIndex(s => new { s.AwardValueAscending, s.SupplierId });
        builder.HasIndex(s => new { s.ScaleDescending, s.SupplierId }).IsDescending(true, false);
        builder.HasIndex(s => new { s.ScaleAscending, s.SupplierId });
        builder.HasIndex(s => new { s.VcseDescending, s.SupplierId }).IsDescending(true, false);
        builder.HasIndex(s => new { s.VcseAscending, s.SupplierId });
        builder.HasIndex(s => new { s.Awards, s.SupplierId }).IsDescending(true, false);
        builder.HasIndex(s => new { s.FrameworkPlaces, s.SupplierId }).IsDescending(true, false);
        builder.HasIndex(s => new { s.Buyers, s.SupplierId }).IsDescending(true, false);
        builder.HasIndex(s => new { s.NameKey, s.SupplierId }).IsDescending(true, false);
        builder.HasIndex(s => new { s.IdKey, s.SupplierId }).IsDescending(true, false);
    }
}
