using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Steward.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collector_cursors",
                columns: table => new
                {
                    source = table.Column<string>(type: "text", nullable: false),
                    cursor = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collector_cursors", x => x.source);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: true),
                    scale = table.Column<string>(type: "text", nullable: true),
                    vcse = table.Column<bool>(type: "boolean", nullable: true),
                    sheltered_workshop = table.Column<bool>(type: "boolean", nullable: true),
                    public_service_mission = table.Column<bool>(type: "boolean", nullable: true),
                    buyer_type = table.Column<string>(type: "text", nullable: true),
                    postal_code = table.Column<string>(type: "text", nullable: true),
                    region = table.Column<string>(type: "text", nullable: true),
                    as_of = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "records",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    compiled = table.Column<string>(type: "text", nullable: false),
                    release_count = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_records", x => x.ocid);
                });

            migrationBuilder.CreateTable(
                name: "releases",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ocid = table.Column<string>(type: "text", nullable: false),
                    release_key = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    tags = table.Column<string>(type: "text", nullable: true),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    json = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: true),
                    imported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_releases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisation_identifiers",
                columns: table => new
                {
                    scheme = table.Column<string>(type: "text", nullable: false),
                    identifier = table.Column<string>(type: "text", nullable: false),
                    organisation_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_identifiers", x => new { x.scheme, x.identifier });
                    table.ForeignKey(
                        name: "fk_organisation_identifiers_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisation_names",
                columns: table => new
                {
                    organisation_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_names", x => new { x.organisation_id, x.name });
                    table.ForeignKey(
                        name: "fk_organisation_names_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "processes",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: true),
                    procurement_method = table.Column<string>(type: "text", nullable: true),
                    procurement_method_details = table.Column<string>(type: "text", nullable: true),
                    main_category = table.Column<string>(type: "text", nullable: true),
                    legal_basis = table.Column<string>(type: "text", nullable: true),
                    above_threshold = table.Column<bool>(type: "boolean", nullable: true),
                    tender_value = table.Column<double>(type: "double precision", nullable: true),
                    tender_currency = table.Column<string>(type: "text", nullable: true),
                    tender_start = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    tender_end = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    buyer_id = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processes", x => x.ocid);
                    table.ForeignKey(
                        name: "fk_processes_organisations_buyer_id",
                        column: x => x.buyer_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "award_criteria",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    lot_id = table.Column<string>(type: "text", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "text", nullable: true),
                    name = table.Column<string>(type: "text", nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    weight = table.Column<double>(type: "double precision", nullable: true),
                    weight_kind = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_criteria", x => new { x.ocid, x.lot_id, x.ordinal });
                    table.ForeignKey(
                        name: "fk_award_criteria_processes_ocid",
                        column: x => x.ocid,
                        principalTable: "processes",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "awards",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    award_id = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: true),
                    date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    value = table.Column<double>(type: "double precision", nullable: true),
                    currency = table.Column<string>(type: "text", nullable: true),
                    related_lots = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awards", x => new { x.ocid, x.award_id });
                    table.ForeignKey(
                        name: "fk_awards_processes_ocid",
                        column: x => x.ocid,
                        principalTable: "processes",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bid_statistics",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    measure = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<double>(type: "double precision", nullable: true),
                    lot_id = table.Column<string>(type: "text", nullable: true),
                    currency = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bid_statistics", x => new { x.ocid, x.ordinal });
                    table.ForeignKey(
                        name: "fk_bid_statistics_processes_ocid",
                        column: x => x.ocid,
                        principalTable: "processes",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "classifications",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    scheme = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    lot_id = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_classifications", x => new { x.ocid, x.scheme, x.code, x.lot_id });
                    table.ForeignKey(
                        name: "fk_classifications_processes_ocid",
                        column: x => x.ocid,
                        principalTable: "processes",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contracts",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    contract_id = table.Column<string>(type: "text", nullable: false),
                    award_id = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: true),
                    value = table.Column<double>(type: "double precision", nullable: true),
                    currency = table.Column<string>(type: "text", nullable: true),
                    date_signed = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    period_start = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    period_end = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contracts", x => new { x.ocid, x.contract_id });
                    table.ForeignKey(
                        name: "fk_contracts_processes_ocid",
                        column: x => x.ocid,
                        principalTable: "processes",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lots",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    lot_id = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: true),
                    value = table.Column<double>(type: "double precision", nullable: true),
                    currency = table.Column<string>(type: "text", nullable: true),
                    suitable_for_sme = table.Column<bool>(type: "boolean", nullable: true),
                    suitable_for_vcse = table.Column<bool>(type: "boolean", nullable: true),
                    reserved_participation = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lots", x => new { x.ocid, x.lot_id });
                    table.ForeignKey(
                        name: "fk_lots_processes_ocid",
                        column: x => x.ocid,
                        principalTable: "processes",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notices",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    section = table.Column<string>(type: "text", nullable: false),
                    document_id = table.Column<string>(type: "text", nullable: false),
                    notice_type = table.Column<string>(type: "text", nullable: true),
                    document_type = table.Column<string>(type: "text", nullable: true),
                    date_published = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    url = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notices", x => new { x.ocid, x.section, x.document_id });
                    table.ForeignKey(
                        name: "fk_notices_processes_ocid",
                        column: x => x.ocid,
                        principalTable: "processes",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "process_parties",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    organisation_id = table.Column<string>(type: "text", nullable: false),
                    roles = table.Column<string>(type: "text", nullable: false),
                    scale = table.Column<string>(type: "text", nullable: true),
                    vcse = table.Column<bool>(type: "boolean", nullable: true),
                    sheltered_workshop = table.Column<bool>(type: "boolean", nullable: true),
                    public_service_mission = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_process_parties", x => new { x.ocid, x.organisation_id });
                    table.ForeignKey(
                        name: "fk_process_parties_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_process_parties_processes_ocid",
                        column: x => x.ocid,
                        principalTable: "processes",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => new { x.ocid, x.code });
                    table.ForeignKey(
                        name: "fk_regions_processes_ocid",
                        column: x => x.ocid,
                        principalTable: "processes",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "award_suppliers",
                columns: table => new
                {
                    ocid = table.Column<string>(type: "text", nullable: false),
                    award_id = table.Column<string>(type: "text", nullable: false),
                    organisation_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_suppliers", x => new { x.ocid, x.award_id, x.organisation_id });
                    table.ForeignKey(
                        name: "fk_award_suppliers_awards_ocid_award_id",
                        columns: x => new { x.ocid, x.award_id },
                        principalTable: "awards",
                        principalColumns: new[] { "ocid", "award_id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_award_suppliers_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_award_suppliers_organisation_id",
                table: "award_suppliers",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_date",
                table: "awards",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_classifications_scheme_code",
                table: "classifications",
                columns: new[] { "scheme", "code" });

            migrationBuilder.CreateIndex(
                name: "ix_notices_notice_type",
                table: "notices",
                column: "notice_type");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_identifiers_organisation_id",
                table: "organisation_identifiers",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_process_parties_organisation_id",
                table: "process_parties",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_processes_buyer_id",
                table: "processes",
                column: "buyer_id");

            migrationBuilder.CreateIndex(
                name: "ix_processes_date",
                table: "processes",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_regions_code",
                table: "regions",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_releases_ocid_release_key",
                table: "releases",
                columns: new[] { "ocid", "release_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "award_criteria");

            migrationBuilder.DropTable(
                name: "award_suppliers");

            migrationBuilder.DropTable(
                name: "bid_statistics");

            migrationBuilder.DropTable(
                name: "classifications");

            migrationBuilder.DropTable(
                name: "collector_cursors");

            migrationBuilder.DropTable(
                name: "contracts");

            migrationBuilder.DropTable(
                name: "lots");

            migrationBuilder.DropTable(
                name: "notices");

            migrationBuilder.DropTable(
                name: "organisation_identifiers");

            migrationBuilder.DropTable(
                name: "organisation_names");

            migrationBuilder.DropTable(
                name: "process_parties");

            migrationBuilder.DropTable(
                name: "records");

            migrationBuilder.DropTable(
                name: "regions");

            migrationBuilder.DropTable(
                name: "releases");

            migrationBuilder.DropTable(
                name: "awards");

            migrationBuilder.DropTable(
                name: "processes");

            migrationBuilder.DropTable(
                name: "organisations");
        }
    }
}
