using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoredFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "figure_processes",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "TEXT", nullable: false),
                    market = table.Column<string>(type: "TEXT", nullable: false),
                    in_window = table.Column<int>(type: "INTEGER", nullable: false),
                    without_buyer = table.Column<int>(type: "INTEGER", nullable: false),
                    undated = table.Column<int>(type: "INTEGER", nullable: false),
                    duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    not_uk = table.Column<int>(type: "INTEGER", nullable: false),
                    awards_undated = table.Column<int>(type: "INTEGER", nullable: false),
                    unclassified = table.Column<int>(type: "INTEGER", nullable: false),
                    unlocated = table.Column<int>(type: "INTEGER", nullable: false),
                    excluded = table.Column<int>(type: "INTEGER", nullable: false),
                    framework_awards = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_figure_processes", x => x.ocid);
                });

            migrationBuilder.CreateTable(
                name: "figures",
                columns: table => new
                {
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    subject = table.Column<string>(type: "TEXT", nullable: true),
                    body = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_figures", x => new { x.kind, x.key });
                });

            migrationBuilder.CreateIndex(
                name: "ix_figure_processes_market",
                table: "figure_processes",
                column: "market");

            migrationBuilder.CreateIndex(
                name: "ix_figures_kind_subject",
                table: "figures",
                columns: new[] { "kind", "subject" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "figure_processes");

            migrationBuilder.DropTable(
                name: "figures");
        }
    }
}
