using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Steward.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Portal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "search_texts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ocid = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: true),
                    body = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_texts", x => x.id);
                    table.ForeignKey(
                        name: "fk_search_texts_processes_ocid",
                        column: x => x.ocid,
                        principalTable: "processes",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_processes_first_published",
                table: "processes",
                column: "first_published");

            migrationBuilder.CreateIndex(
                name: "ix_processes_tender_value",
                table: "processes",
                column: "tender_value");

            migrationBuilder.CreateIndex(
                name: "ix_search_texts_ocid",
                table: "search_texts",
                column: "ocid",
                unique: true);

            // Full-text search (PostgreSQL): a generated tsvector over title (weight A) and body (weight B), GIN-indexed.
            migrationBuilder.Sql("""
                ALTER TABLE search_texts ADD COLUMN document tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
                    setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')) STORED;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_search_texts_document ON search_texts USING GIN (document);");

            // Newest first and highest value first, with the tie-breaker the search uses, so a page of a filtered
            // search is read from the index and stops at the page (PostgreSQL cannot use an ascending index for
            // DESC NULLS LAST).
            migrationBuilder.Sql("CREATE INDEX ix_processes_newest ON processes (first_published DESC NULLS LAST, ocid);");
            migrationBuilder.Sql("CREATE INDEX ix_processes_highest_value ON processes (tender_value DESC NULLS LAST, ocid);");

            // Stores imported before this migration: titles and buyers at once; `steward db rebuild` adds the rest.
            migrationBuilder.Sql("INSERT INTO search_texts (ocid, title, body) SELECT ocid, title, buyer_name FROM processes;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_processes_newest; DROP INDEX IF EXISTS ix_processes_highest_value;");
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "search_texts");

            migrationBuilder.DropIndex(
                name: "ix_processes_first_published",
                table: "processes");

            migrationBuilder.DropIndex(
                name: "ix_processes_tender_value",
                table: "processes");
        }
    }
}
