using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchByBuyerRegion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "uses_buyer_region",
                table: "processes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // The stored processes' value, as the import now writes it (ProcessRows): no region finer than the whole country.
            // Only those rows are written, so that PostgreSQL does not rewrite (and double) the whole table.
            migrationBuilder.Sql("UPDATE processes SET uses_buyer_region = TRUE WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.ocid = processes.ocid AND r.code <> 'UK')");

            migrationBuilder.CreateIndex(
                name: "ix_processes_uses_buyer_region",
                table: "processes",
                column: "buyer_id",
                filter: "uses_buyer_region");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_processes_uses_buyer_region",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "uses_buyer_region",
                table: "processes");
        }
    }
}
