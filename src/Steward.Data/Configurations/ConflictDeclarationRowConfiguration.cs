using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Data.Entities;

namespace Steward.Data.Configurations;

internal sealed class ConflictDeclarationRowConfiguration : IEntityTypeConfiguration<ConflictDeclarationRow>
{
    public void Configure(EntityTypeBuilder<ConflictDeclarationRow> builder)
    {
        builder.ToTable("conflict_declarations");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.BoxId, d.AccountId, d.SupplierId }).IsUnique();
        builder.HasOne<TenderBoxRow>().WithMany().HasForeignKey(d => d.BoxId).OnDelete(DeleteBehavior.Restrict);
    }
}
