using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TrueFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "regions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "arrangement",
                table: "processes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "arrangement_source",
                table: "processes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "call_off",
                table: "processes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "call_off_source",
                table: "processes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "duplicate_of",
                table: "processes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "duplicate_reason",
                table: "processes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "outside_uk",
                table: "processes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "publisher",
                table: "processes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "title_key",
                table: "processes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "party_ids",
                table: "process_parties",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "buyer_kind",
                table: "organisations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "buyer_kind_source",
                table: "organisations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "region_source",
                table: "organisations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "unresolved_not_sme",
                table: "awards",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "unresolved_sme",
                table: "awards",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "unresolved_vcse",
                table: "awards",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "social_value",
                table: "award_criteria",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "weight_read",
                table: "award_criteria",
                type: "double precision",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "organisation_aliases",
                columns: table => new
                {
                    alias = table.Column<string>(type: "text", nullable: false),
                    organisation_id = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    confirmed_by = table.Column<string>(type: "text", nullable: true),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_aliases", x => x.alias);
                });

            migrationBuilder.CreateTable(
                name: "organisation_name_keys",
                columns: table => new
                {
                    name_key = table.Column<string>(type: "text", nullable: false),
                    organisation_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_name_keys", x => x.name_key);
                    table.ForeignKey(
                        name: "fk_organisation_name_keys_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "social_value_texts",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    excerpt = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_social_value_texts", x => x.ocid);
                    table.ForeignKey(
                        name: "fk_social_value_texts_processes_ocid",
                        column: x => x.ocid,
                        principalTable: "processes",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_processes_buyer_id_title_key",
                table: "processes",
                columns: new[] { "buyer_id", "title_key" });

            migrationBuilder.CreateIndex(
                name: "ix_processes_buyer_party_id",
                table: "processes",
                column: "buyer_party_id");

            migrationBuilder.CreateIndex(
                name: "ix_processes_duplicate_of",
                table: "processes",
                column: "duplicate_of");

            migrationBuilder.CreateIndex(
                name: "ix_processes_publisher",
                table: "processes",
                column: "publisher");

            migrationBuilder.CreateIndex(
                name: "ix_processes_tender_end",
                table: "processes",
                column: "tender_end");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_aliases_organisation_id",
                table: "organisation_aliases",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_name_keys_organisation_id",
                table: "organisation_name_keys",
                column: "organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organisation_aliases");

            migrationBuilder.DropTable(
                name: "organisation_name_keys");

            migrationBuilder.DropTable(
                name: "social_value_texts");

            migrationBuilder.DropIndex(
                name: "ix_processes_buyer_id_title_key",
                table: "processes");

            migrationBuilder.DropIndex(
                name: "ix_processes_buyer_party_id",
                table: "processes");

            migrationBuilder.DropIndex(
                name: "ix_processes_duplicate_of",
                table: "processes");

            migrationBuilder.DropIndex(
                name: "ix_processes_publisher",
                table: "processes");

            migrationBuilder.DropIndex(
                name: "ix_processes_tender_end",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "source",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "arrangement",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "arrangement_source",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "call_off",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "call_off_source",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "duplicate_of",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "duplicate_reason",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "outside_uk",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "publisher",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "title_key",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "party_ids",
                table: "process_parties");

            migrationBuilder.DropColumn(
                name: "buyer_kind",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "buyer_kind_source",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "region_source",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "unresolved_not_sme",
                table: "awards");

            migrationBuilder.DropColumn(
                name: "unresolved_sme",
                table: "awards");

            migrationBuilder.DropColumn(
                name: "unresolved_vcse",
                table: "awards");

            migrationBuilder.DropColumn(
                name: "social_value",
                table: "award_criteria");

            migrationBuilder.DropColumn(
                name: "weight_read",
                table: "award_criteria");
        }
    }
}
