using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Delivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "delivery_contracts",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<string>(type: "TEXT", nullable: false),
                    ocid = table.Column<string>(type: "TEXT", nullable: false),
                    contract_id = table.Column<string>(type: "TEXT", nullable: false),
                    award_id = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    supplier_organisation_id = table.Column<string>(type: "TEXT", nullable: true),
                    value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    spend = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    period_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", nullable: false),
                    releases = table.Column<int>(type: "INTEGER", nullable: false),
                    taken_on_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delivery_contracts", x => x.id);
                    table.ForeignKey(
                        name: "fk_delivery_contracts_account_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "account_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_delivery_contracts_account_organisations_supplier_organisation_id",
                        column: x => x.supplier_organisation_id,
                        principalTable: "account_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proxy_libraries",
                columns: table => new
                {
                    organisation_id = table.Column<string>(type: "TEXT", nullable: false),
                    library_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", nullable: false),
                    licence = table.Column<string>(type: "TEXT", nullable: false),
                    price_year = table.Column<int>(type: "INTEGER", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    imported_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proxy_libraries", x => new { x.organisation_id, x.library_id });
                    table.ForeignKey(
                        name: "fk_proxy_libraries_account_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "account_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "delivery_kpis",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    delivery_contract_id = table.Column<string>(type: "TEXT", nullable: false),
                    kpi_id = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    measure = table.Column<string>(type: "TEXT", nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    target = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    direction = table.Column<string>(type: "TEXT", nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    in_force_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    goal = table.Column<string>(type: "TEXT", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", nullable: true),
                    place = table.Column<string>(type: "TEXT", nullable: true),
                    proxy_library_id = table.Column<string>(type: "TEXT", nullable: true),
                    proxy_value_id = table.Column<string>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delivery_kpis", x => x.id);
                    table.ForeignKey(
                        name: "fk_delivery_kpis_delivery_contracts_delivery_contract_id",
                        column: x => x.delivery_contract_id,
                        principalTable: "delivery_contracts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "delivery_reports",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    delivery_contract_id = table.Column<string>(type: "TEXT", nullable: false),
                    kpi_id = table.Column<string>(type: "TEXT", nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    narrative = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    corrections = table.Column<int>(type: "INTEGER", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", nullable: true),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delivery_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_delivery_reports_delivery_contracts_delivery_contract_id",
                        column: x => x.delivery_contract_id,
                        principalTable: "delivery_contracts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "performance_ratings",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    delivery_contract_id = table.Column<string>(type: "TEXT", nullable: false),
                    kpi_id = table.Column<string>(type: "TEXT", nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    rating = table.Column<string>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: false),
                    rated_by = table.Column<string>(type: "TEXT", nullable: false),
                    rated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_performance_ratings", x => x.id);
                    table.ForeignKey(
                        name: "fk_performance_ratings_delivery_contracts_delivery_contract_id",
                        column: x => x.delivery_contract_id,
                        principalTable: "delivery_contracts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "delivery_files",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    report_id = table.Column<string>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", nullable: false),
                    content_type = table.Column<string>(type: "TEXT", nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delivery_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_delivery_files_delivery_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "delivery_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_delivery_contracts_ocid",
                table: "delivery_contracts",
                column: "ocid");

            migrationBuilder.CreateIndex(
                name: "ix_delivery_contracts_organisation_id_ocid_contract_id",
                table: "delivery_contracts",
                columns: new[] { "organisation_id", "ocid", "contract_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_delivery_contracts_supplier_organisation_id",
                table: "delivery_contracts",
                column: "supplier_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_delivery_files_report_id",
                table: "delivery_files",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "ix_delivery_kpis_delivery_contract_id_kpi_id_version",
                table: "delivery_kpis",
                columns: new[] { "delivery_contract_id", "kpi_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_delivery_reports_delivery_contract_id_kpi_id_period_start",
                table: "delivery_reports",
                columns: new[] { "delivery_contract_id", "kpi_id", "period_start" });

            migrationBuilder.CreateIndex(
                name: "ix_delivery_reports_status",
                table: "delivery_reports",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_performance_ratings_delivery_contract_id_kpi_id_period_start_period_end",
                table: "performance_ratings",
                columns: new[] { "delivery_contract_id", "kpi_id", "period_start", "period_end" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "delivery_files");

            migrationBuilder.DropTable(
                name: "delivery_kpis");

            migrationBuilder.DropTable(
                name: "performance_ratings");

            migrationBuilder.DropTable(
                name: "proxy_libraries");

            migrationBuilder.DropTable(
                name: "delivery_reports");

            migrationBuilder.DropTable(
                name: "delivery_contracts");
        }
    }
}
