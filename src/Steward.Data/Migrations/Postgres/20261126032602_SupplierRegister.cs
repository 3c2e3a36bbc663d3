using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Steward.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SupplierRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supplier_profile_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    profile_id = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    fields = table.Column<string>(type: "text", nullable: false),
                    before = table.Column<string>(type: "text", nullable: true),
                    after = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supplier_profile_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supplier_profiles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    legal_form = table.Column<string>(type: "text", nullable: true),
                    organisation_id = table.Column<string>(type: "text", nullable: true),
                    linked_by = table.Column<string>(type: "text", nullable: true),
                    profile = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supplier_profiles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supplier_profile_identifiers",
                columns: table => new
                {
                    scheme = table.Column<string>(type: "text", nullable: false),
                    identifier = table.Column<string>(type: "text", nullable: false),
                    profile_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supplier_profile_identifiers", x => new { x.scheme, x.identifier });
                    table.ForeignKey(
                        name: "fk_supplier_profile_identifiers_supplier_profiles_profile_id",
                        column: x => x.profile_id,
                        principalTable: "supplier_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_supplier_profile_changes_profile_id_version",
                table: "supplier_profile_changes",
                columns: new[] { "profile_id", "version" });

            migrationBuilder.CreateIndex(
                name: "ix_supplier_profile_identifiers_profile_id",
                table: "supplier_profile_identifiers",
                column: "profile_id");

            migrationBuilder.CreateIndex(
                name: "ix_supplier_profiles_name",
                table: "supplier_profiles",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_supplier_profiles_organisation_id",
                table: "supplier_profiles",
                column: "organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supplier_profile_changes");

            migrationBuilder.DropTable(
                name: "supplier_profile_identifiers");

            migrationBuilder.DropTable(
                name: "supplier_profiles");
        }
    }
}
