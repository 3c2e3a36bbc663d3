using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SealedBids : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "standstill_calendar",
                table: "account_organisations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "two_person_opening",
                table: "account_organisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "conflicts_assessments",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    design_id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    statement = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conflicts_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_conflicts_assessments_tender_designs_design_id",
                        column: x => x.design_id,
                        principalTable: "tender_designs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tender_boxes",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    organisation_id = table.Column<string>(type: "text", nullable: false),
                    ocid = table.Column<string>(type: "text", nullable: false),
                    key_id = table.Column<string>(type: "text", nullable: false),
                    wrapped_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    opening_rule = table.Column<string>(type: "text", nullable: false),
                    opening_requested_by = table.Column<string>(type: "text", nullable: true),
                    opening_requested_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    opened_by = table.Column<string>(type: "text", nullable: true),
                    opened_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tender_boxes", x => x.id);
                    table.ForeignKey(
                        name: "fk_tender_boxes_tender_designs_id",
                        column: x => x.id,
                        principalTable: "tender_designs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_summaries",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    box_id = table.Column<string>(type: "text", nullable: false),
                    lot = table.Column<string>(type: "text", nullable: false),
                    bid_id = table.Column<string>(type: "text", nullable: false),
                    supplier_id = table.Column<string>(type: "text", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false),
                    issued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_summaries", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessment_summaries_tender_boxes_box_id",
                        column: x => x.box_id,
                        principalTable: "tender_boxes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conflict_declarations",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    box_id = table.Column<string>(type: "text", nullable: false),
                    account_id = table.Column<string>(type: "text", nullable: false),
                    supplier_id = table.Column<string>(type: "text", nullable: false),
                    interest = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    mitigation = table.Column<string>(type: "text", nullable: true),
                    declared_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conflict_declarations", x => x.id);
                    table.ForeignKey(
                        name: "fk_conflict_declarations_tender_boxes_box_id",
                        column: x => x.box_id,
                        principalTable: "tender_boxes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lot_awards",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    box_id = table.Column<string>(type: "text", nullable: false),
                    lot = table.Column<string>(type: "text", nullable: false),
                    winner_bid_id = table.Column<string>(type: "text", nullable: false),
                    result = table.Column<string>(type: "text", nullable: false),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    value = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: false),
                    commitments = table.Column<string>(type: "text", nullable: false),
                    summaries_issued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    notice_published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    standstill_calendar = table.Column<string>(type: "text", nullable: true),
                    standstill_last_day = table.Column<DateOnly>(type: "date", nullable: true),
                    contract_entered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    contract_start = table.Column<DateOnly>(type: "date", nullable: true),
                    contract_end = table.Column<DateOnly>(type: "date", nullable: true),
                    contract_notice_published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lot_awards", x => x.id);
                    table.ForeignKey(
                        name: "fk_lot_awards_tender_boxes_box_id",
                        column: x => x.box_id,
                        principalTable: "tender_boxes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "panel_members",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    box_id = table.Column<string>(type: "text", nullable: false),
                    account_id = table.Column<string>(type: "text", nullable: false),
                    added_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_panel_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_panel_members_tender_boxes_box_id",
                        column: x => x.box_id,
                        principalTable: "tender_boxes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sealed_bids",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    box_id = table.Column<string>(type: "text", nullable: false),
                    lot = table.Column<string>(type: "text", nullable: false),
                    supplier_id = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    late_decision = table.Column<string>(type: "text", nullable: true),
                    late_reason = table.Column<string>(type: "text", nullable: true),
                    late_decided_by = table.Column<string>(type: "text", nullable: true),
                    content_hash = table.Column<string>(type: "text", nullable: false),
                    wrapped_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sealed_bids", x => x.id);
                    table.ForeignKey(
                        name: "fk_sealed_bids_account_organisations_supplier_id",
                        column: x => x.supplier_id,
                        principalTable: "account_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sealed_bids_tender_boxes_box_id",
                        column: x => x.box_id,
                        principalTable: "tender_boxes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "alt_reviews",
                columns: table => new
                {
                    bid_id = table.Column<string>(type: "text", nullable: false),
                    flag = table.Column<string>(type: "text", nullable: false),
                    asked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    explanation = table.Column<string>(type: "text", nullable: true),
                    explained_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decision = table.Column<string>(type: "text", nullable: true),
                    decision_reason = table.Column<string>(type: "text", nullable: true),
                    decided_by = table.Column<string>(type: "text", nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alt_reviews", x => x.bid_id);
                    table.ForeignKey(
                        name: "fk_alt_reviews_sealed_bids_bid_id",
                        column: x => x.bid_id,
                        principalTable: "sealed_bids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evaluator_scores",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    bid_id = table.Column<string>(type: "text", nullable: false),
                    criterion = table.Column<string>(type: "text", nullable: false),
                    account_id = table.Column<string>(type: "text", nullable: false),
                    score = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    rationale = table.Column<string>(type: "text", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluator_scores", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluator_scores_sealed_bids_bid_id",
                        column: x => x.bid_id,
                        principalTable: "sealed_bids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "moderated_scores",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    bid_id = table.Column<string>(type: "text", nullable: false),
                    criterion = table.Column<string>(type: "text", nullable: false),
                    score = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    rationale = table.Column<string>(type: "text", nullable: false),
                    moderated_by = table.Column<string>(type: "text", nullable: false),
                    moderated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_moderated_scores", x => x.id);
                    table.ForeignKey(
                        name: "fk_moderated_scores_sealed_bids_bid_id",
                        column: x => x.bid_id,
                        principalTable: "sealed_bids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sealed_bid_files",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    bid_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<byte[]>(type: "bytea", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sealed_bid_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_sealed_bid_files_sealed_bids_bid_id",
                        column: x => x.bid_id,
                        principalTable: "sealed_bids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_summaries_bid_id",
                table: "assessment_summaries",
                column: "bid_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assessment_summaries_box_id",
                table: "assessment_summaries",
                column: "box_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_summaries_supplier_id_issued_at",
                table: "assessment_summaries",
                columns: new[] { "supplier_id", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_conflict_declarations_box_id_account_id_supplier_id",
                table: "conflict_declarations",
                columns: new[] { "box_id", "account_id", "supplier_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_conflicts_assessments_design_id_recorded_at",
                table: "conflicts_assessments",
                columns: new[] { "design_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluator_scores_bid_id_criterion_account_id",
                table: "evaluator_scores",
                columns: new[] { "bid_id", "criterion", "account_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lot_awards_box_id_lot",
                table: "lot_awards",
                columns: new[] { "box_id", "lot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_moderated_scores_bid_id_criterion",
                table: "moderated_scores",
                columns: new[] { "bid_id", "criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_panel_members_box_id_account_id",
                table: "panel_members",
                columns: new[] { "box_id", "account_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sealed_bid_files_bid_id",
                table: "sealed_bid_files",
                column: "bid_id");

            migrationBuilder.CreateIndex(
                name: "ix_sealed_bids_box_id_lot_status",
                table: "sealed_bids",
                columns: new[] { "box_id", "lot", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_sealed_bids_supplier_id_submitted_at",
                table: "sealed_bids",
                columns: new[] { "supplier_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tender_boxes_organisation_id",
                table: "tender_boxes",
                column: "organisation_id");

            // An evaluator's mark never changes once submitted (issue 14): the store refuses to change or remove one.
            migrationBuilder.Sql("""
                CREATE FUNCTION evaluator_scores_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE EXCEPTION 'evaluator_scores are never changed or removed: a submitted mark stands';
                END $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER evaluator_scores_immutable BEFORE UPDATE OR DELETE ON evaluator_scores FOR EACH ROW EXECUTE FUNCTION evaluator_scores_immutable();");
            migrationBuilder.Sql("CREATE TRIGGER evaluator_scores_no_truncate BEFORE TRUNCATE ON evaluator_scores FOR EACH STATEMENT EXECUTE FUNCTION evaluator_scores_immutable();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS evaluator_scores_no_truncate ON evaluator_scores;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS evaluator_scores_immutable ON evaluator_scores;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS evaluator_scores_immutable();");

            migrationBuilder.DropTable(
                name: "alt_reviews");

            migrationBuilder.DropTable(
                name: "assessment_summaries");

            migrationBuilder.DropTable(
                name: "conflict_declarations");

            migrationBuilder.DropTable(
                name: "conflicts_assessments");

            migrationBuilder.DropTable(
                name: "evaluator_scores");

            migrationBuilder.DropTable(
                name: "lot_awards");

            migrationBuilder.DropTable(
                name: "moderated_scores");

            migrationBuilder.DropTable(
                name: "panel_members");

            migrationBuilder.DropTable(
                name: "sealed_bid_files");

            migrationBuilder.DropTable(
                name: "sealed_bids");

            migrationBuilder.DropTable(
                name: "tender_boxes");

            migrationBuilder.DropColumn(
                name: "standstill_calendar",
                table: "account_organisations");

            migrationBuilder.DropColumn(
                name: "two_person_opening",
                table: "account_organisations");
        }
    }
}
