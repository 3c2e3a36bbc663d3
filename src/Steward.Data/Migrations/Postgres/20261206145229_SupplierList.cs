using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Steward.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SupplierList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The stored figures are exact only with their suppliers list: a store from before this migration has
            // none, so its figures stop counting as exact, the portal computes them in memory as before, and the next
            // `steward import` or `steward db rebuild` recomputes them all, list included (ADR 0016).
            migrationBuilder.Sql("DELETE FROM figures WHERE kind = 'state'");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "figure_supplier_markets",
                columns: table => new
                {
                    market = table.Column<string>(type: "text", nullable: false),
                    supplier_id = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_figure_supplier_markets", x => new { x.market, x.supplier_id });
                });

            migrationBuilder.CreateTable(
                name: "figure_suppliers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    supplier_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: true),
                    name_key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    scale = table.Column<string>(type: "text", nullable: true),
                    vcse = table.Column<bool>(type: "boolean", nullable: true),
                    awards = table.Column<int>(type: "integer", nullable: false),
                    award_value = table.Column<double>(type: "double precision", nullable: true),
                    award_value_ascending = table.Column<double>(type: "double precision", nullable: false),
                    award_value_descending = table.Column<double>(type: "double precision", nullable: false),
                    scale_ascending = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    scale_descending = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    vcse_ascending = table.Column<int>(type: "integer", nullable: false),
                    vcse_descending = table.Column<int>(type: "integer", nullable: false),
                    framework_places = table.Column<int>(type: "integer", nullable: false),
                    buyers = table.Column<int>(type: "integer", nullable: false),
                    id_key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    search = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_figure_suppliers", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_figure_supplier_markets_market_value",
                table: "figure_supplier_markets",
                columns: new[] { "market", "value" });

            migrationBuilder.CreateIndex(
                name: "ix_figure_supplier_markets_supplier_id",
                table: "figure_supplier_markets",
                column: "supplier_id");

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_award_value_ascending_supplier_id",
                table: "figure_suppliers",
                columns: new[] { "award_value_ascending", "supplier_id" });

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_award_value_descending_supplier_id",
                table: "figure_suppliers",
                columns: new[] { "award_value_descending", "supplier_id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_awards_supplier_id",
                table: "figure_suppliers",
                columns: new[] { "awards", "supplier_id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_buyers_supplier_id",
                table: "figure_suppliers",
                columns: new[] { "buyers", "supplier_id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_framework_places_supplier_id",
                table: "figure_suppliers",
                columns: new[] { "framework_places", "supplier_id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_id_key_supplier_id",
                table: "figure_suppliers",
                columns: new[] { "id_key", "supplier_id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_name_key_supplier_id",
                table: "figure_suppliers",
                columns: new[] { "name_key", "supplier_id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_scale_ascending_supplier_id",
                table: "figure_suppliers",
                columns: new[] { "scale_ascending", "supplier_id" });

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_scale_descending_supplier_id",
                table: "figure_suppliers",
                columns: new[] { "scale_descending", "supplier_id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_search",
                table: "figure_suppliers",
                column: "search")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_supplier_id",
                table: "figure_suppliers",
                column: "supplier_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_vcse_ascending_supplier_id",
                table: "figure_suppliers",
                columns: new[] { "vcse_ascending", "supplier_id" });

            migrationBuilder.CreateIndex(
                name: "ix_figure_suppliers_vcse_descending_supplier_id",
                table: "figure_suppliers",
                columns: new[] { "vcse_descending", "supplier_id" },
                descending: new[] { true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "figure_supplier_markets");

            migrationBuilder.DropTable(
                name: "figure_suppliers");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
