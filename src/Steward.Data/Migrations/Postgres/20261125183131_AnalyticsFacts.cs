using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnalyticsFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "buyer_name",
                table: "processes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "buyer_party_id",
                table: "processes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "first_published",
                table: "processes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "main_cpv",
                table: "processes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "number_of_tenderers",
                table: "processes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "supplier_count",
                table: "awards",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "bids",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    bid_id = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: true),
                    date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    value = table.Column<double>(type: "double precision", nullable: true),
                    currency = table.Column<string>(type: "text", nullable: true),
                    related_lots = table.Column<string>(type: "text", nullable: true),
                    tenderer_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bids", x => new { x.ocid, x.bid_id });
                    table.ForeignKey(
                        name: "fk_bids_processes_ocid",
                        column: x => x.ocid,
                        principalTable: "processes",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bid_tenderers",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    bid_id = table.Column<string>(type: "text", nullable: false),
                    organisation_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bid_tenderers", x => new { x.ocid, x.bid_id, x.organisation_id });
                    table.ForeignKey(
                        name: "fk_bid_tenderers_bids_ocid_bid_id",
                        columns: x => new { x.ocid, x.bid_id },
                        principalTable: "bids",
                        principalColumns: new[] { "ocid", "bid_id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_bid_tenderers_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_processes_main_cpv",
                table: "processes",
                column: "main_cpv");

            migrationBuilder.CreateIndex(
                name: "ix_bid_tenderers_organisation_id",
                table: "bid_tenderers",
                column: "organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bid_tenderers");

            migrationBuilder.DropTable(
                name: "bids");

            migrationBuilder.DropIndex(
                name: "ix_processes_main_cpv",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "buyer_name",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "buyer_party_id",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "first_published",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "main_cpv",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "number_of_tenderers",
                table: "processes");

            migrationBuilder.DropColumn(
                name: "supplier_count",
                table: "awards");
        }
    }
}
