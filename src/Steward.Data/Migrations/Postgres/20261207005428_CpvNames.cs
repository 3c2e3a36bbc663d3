using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CpvNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cpv_names",
                columns: table => new
                {
                    code = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cpv_names", x => x.code);
                });

            // The stored processes' names, as the import now keeps them (Ingest.CpvNameWriter): the smallest by bytes of each code's descriptions.
            migrationBuilder.Sql(@"INSERT INTO cpv_names (code, description) SELECT code, min(trim(description) COLLATE ""C"") FROM classifications WHERE upper(scheme) = 'CPV' AND trim(description) <> '' GROUP BY code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cpv_names");
        }
    }
}
