using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Data.Migrations.Sqlite
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
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "search_texts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ocid = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: true),
                    body = table.Column<string>(type: "TEXT", nullable: true)
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

            // Full-text search (SQLite FTS5): an external-content index over search_texts, kept in step by triggers.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE search_index USING fts5(title, body, content='search_texts', content_rowid='id',
                    tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER search_texts_ai AFTER INSERT ON search_texts BEGIN
                    INSERT INTO search_index(rowid, title, body) VALUES (new.id, new.title, new.body);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER search_texts_ad AFTER DELETE ON search_texts BEGIN
                    INSERT INTO search_index(search_index, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER search_texts_au AFTER UPDATE ON search_texts BEGIN
                    INSERT INTO search_index(search_index, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                    INSERT INTO search_index(rowid, title, body) VALUES (new.id, new.title, new.body);
                END;
                """);

            // Stores imported before this migration: titles and buyers at once; `steward db rebuild` adds the rest.
            migrationBuilder.Sql("INSERT INTO search_texts (ocid, title, body) SELECT ocid, title, buyer_name FROM processes;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS search_texts_ai; DROP TRIGGER IF EXISTS search_texts_ad; DROP TRIGGER IF EXISTS search_texts_au;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_index;");
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
