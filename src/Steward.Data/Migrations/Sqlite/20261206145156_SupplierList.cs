using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Data.Migrations.Sqlite
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

            migrationBuilder.CreateTable(
                name: "figure_supplier_markets",
                columns: table => new
                {
                    market = table.Column<string>(type: "TEXT", nullable: false),
                    supplier_id = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_figure_supplier_markets", x => new { x.market, x.supplier_id });
                });

            migrationBuilder.CreateTable(
                name: "figure_suppliers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    supplier_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: true),
                    name_key = table.Column<string>(type: "TEXT", nullable: false),
                    scale = table.Column<string>(type: "TEXT", nullable: true),
                    vcse = table.Column<bool>(type: "INTEGER", nullable: true),
                    awards = table.Column<int>(type: "INTEGER", nullable: false),
                    award_value = table.Column<double>(type: "REAL", nullable: true),
                    award_value_ascending = table.Column<double>(type: "REAL", nullable: false),
                    award_value_descending = table.Column<double>(type: "REAL", nullable: false),
                    scale_ascending = table.Column<string>(type: "TEXT", nullable: false),
                    scale_descending = table.Column<string>(type: "TEXT", nullable: false),
                    vcse_ascending = table.Column<int>(type: "INTEGER", nullable: false),
                    vcse_descending = table.Column<int>(type: "INTEGER", nullable: false),
                    framework_places = table.Column<int>(type: "INTEGER", nullable: false),
                    buyers = table.Column<int>(type: "INTEGER", nullable: false),
                    id_key = table.Column<string>(type: "TEXT", nullable: false),
                    search = table.Column<string>(type: "TEXT", nullable: false)
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

            // The suppliers list's text filter: an FTS5 index with the trigram tokenizer over the lower-cased search
            // text answers "contains" (three characters or more) without reading every line; kept in step by triggers.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE figure_supplier_search USING fts5(search, content='figure_suppliers', content_rowid='id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER figure_suppliers_ai AFTER INSERT ON figure_suppliers BEGIN
                    INSERT INTO figure_supplier_search(rowid, search) VALUES (new.id, new.search);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER figure_suppliers_ad AFTER DELETE ON figure_suppliers BEGIN
                    INSERT INTO figure_supplier_search(figure_supplier_search, rowid, search) VALUES ('delete', old.id, old.search);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER figure_suppliers_au AFTER UPDATE ON figure_suppliers BEGIN
                    INSERT INTO figure_supplier_search(figure_supplier_search, rowid, search) VALUES ('delete', old.id, old.search);
                    INSERT INTO figure_supplier_search(rowid, search) VALUES (new.id, new.search);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS figure_suppliers_ai; DROP TRIGGER IF EXISTS figure_suppliers_ad; DROP TRIGGER IF EXISTS figure_suppliers_au;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS figure_supplier_search;");

            migrationBuilder.DropTable(
                name: "figure_supplier_markets");

            migrationBuilder.DropTable(
                name: "figure_suppliers");
        }
    }
}
