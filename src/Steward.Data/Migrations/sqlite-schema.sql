-- The schema of a new SQLite store, exactly as this Steward's migrations build it (Steward.Data.SqliteSchema).
-- Written by tests/Steward.Data.Tests/SqliteSchemaTests.cs; do not edit: after adding a migration, run
-- STEWARD_WRITE_SCHEMA=1 dotnet test --project tests/Steward.Data.Tests -- --filter-class "*SqliteSchemaTests"
CREATE TABLE "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE "__EFMigrationsHistory" (
    "migration_id" TEXT NOT NULL CONSTRAINT "pk___ef_migrations_history" PRIMARY KEY,
    "product_version" TEXT NOT NULL
);
CREATE TABLE "collector_cursors" (
    "source" TEXT NOT NULL CONSTRAINT "pk_collector_cursors" PRIMARY KEY,
    "cursor" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
);
CREATE TABLE "organisations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_organisations" PRIMARY KEY,
    "name" TEXT NULL,
    "scale" TEXT NULL,
    "vcse" INTEGER NULL,
    "sheltered_workshop" INTEGER NULL,
    "public_service_mission" INTEGER NULL,
    "buyer_type" TEXT NULL,
    "postal_code" TEXT NULL,
    "region" TEXT NULL,
    "as_of" TEXT NULL
, "buyer_kind" TEXT NULL, "buyer_kind_source" TEXT NULL, "region_source" TEXT NULL);
CREATE TABLE "records" (
    "ocid" TEXT NOT NULL CONSTRAINT "pk_records" PRIMARY KEY,
    "compiled" TEXT NOT NULL,
    "release_count" INTEGER NOT NULL,
    "date" TEXT NULL,
    "updated_at" TEXT NOT NULL
);
CREATE TABLE "releases" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_releases" PRIMARY KEY AUTOINCREMENT,
    "ocid" TEXT NOT NULL,
    "release_key" TEXT NOT NULL,
    "date" TEXT NULL,
    "tags" TEXT NULL,
    "hash" TEXT NOT NULL,
    "json" TEXT NOT NULL,
    "source" TEXT NULL,
    "imported_at" TEXT NOT NULL
);
CREATE TABLE "organisation_identifiers" (
    "scheme" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    CONSTRAINT "pk_organisation_identifiers" PRIMARY KEY ("scheme", "identifier"),
    CONSTRAINT "fk_organisation_identifiers_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE CASCADE
);
CREATE TABLE "organisation_names" (
    "organisation_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "pk_organisation_names" PRIMARY KEY ("organisation_id", "name"),
    CONSTRAINT "fk_organisation_names_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE CASCADE
);
CREATE TABLE "processes" (
    "ocid" TEXT NOT NULL CONSTRAINT "pk_processes" PRIMARY KEY,
    "title" TEXT NULL,
    "status" TEXT NULL,
    "procurement_method" TEXT NULL,
    "procurement_method_details" TEXT NULL,
    "main_category" TEXT NULL,
    "legal_basis" TEXT NULL,
    "above_threshold" INTEGER NULL,
    "tender_value" REAL NULL,
    "tender_currency" TEXT NULL,
    "tender_start" TEXT NULL,
    "tender_end" TEXT NULL,
    "date" TEXT NULL,
    "buyer_id" TEXT NULL, "buyer_name" TEXT NULL, "buyer_party_id" TEXT NULL, "first_published" TEXT NULL, "main_cpv" TEXT NULL, "number_of_tenderers" INTEGER NULL, "arrangement" TEXT NULL, "arrangement_source" TEXT NULL, "call_off" INTEGER NOT NULL DEFAULT 0, "call_off_source" TEXT NULL, "duplicate_of" TEXT NULL, "duplicate_reason" TEXT NULL, "outside_uk" INTEGER NOT NULL DEFAULT 0, "publisher" TEXT NULL, "title_key" TEXT NULL, "uses_buyer_region" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "fk_processes_organisations_buyer_id" FOREIGN KEY ("buyer_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);
CREATE TABLE "award_criteria" (
    "ocid" TEXT NOT NULL,
    "lot_id" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "type" TEXT NULL,
    "name" TEXT NULL,
    "description" TEXT NULL,
    "weight" REAL NULL,
    "weight_kind" TEXT NULL, "social_value" INTEGER NOT NULL DEFAULT 0, "weight_read" REAL NULL,
    CONSTRAINT "pk_award_criteria" PRIMARY KEY ("ocid", "lot_id", "ordinal"),
    CONSTRAINT "fk_award_criteria_processes_ocid" FOREIGN KEY ("ocid") REFERENCES "processes" ("ocid") ON DELETE CASCADE
);
CREATE TABLE "awards" (
    "ocid" TEXT NOT NULL,
    "award_id" TEXT NOT NULL,
    "status" TEXT NULL,
    "date" TEXT NULL,
    "value" REAL NULL,
    "currency" TEXT NULL,
    "related_lots" TEXT NULL, "supplier_count" INTEGER NOT NULL DEFAULT 0, "unresolved_not_sme" INTEGER NOT NULL DEFAULT 0, "unresolved_sme" INTEGER NOT NULL DEFAULT 0, "unresolved_vcse" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "pk_awards" PRIMARY KEY ("ocid", "award_id"),
    CONSTRAINT "fk_awards_processes_ocid" FOREIGN KEY ("ocid") REFERENCES "processes" ("ocid") ON DELETE CASCADE
);
CREATE TABLE "bid_statistics" (
    "ocid" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "measure" TEXT NOT NULL,
    "value" REAL NULL,
    "lot_id" TEXT NULL,
    "currency" TEXT NULL,
    CONSTRAINT "pk_bid_statistics" PRIMARY KEY ("ocid", "ordinal"),
    CONSTRAINT "fk_bid_statistics_processes_ocid" FOREIGN KEY ("ocid") REFERENCES "processes" ("ocid") ON DELETE CASCADE
);
CREATE TABLE "classifications" (
    "ocid" TEXT NOT NULL,
    "scheme" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "lot_id" TEXT NOT NULL,
    "description" TEXT NULL,
    CONSTRAINT "pk_classifications" PRIMARY KEY ("ocid", "scheme", "code", "lot_id"),
    CONSTRAINT "fk_classifications_processes_ocid" FOREIGN KEY ("ocid") REFERENCES "processes" ("ocid") ON DELETE CASCADE
);
CREATE TABLE "contracts" (
    "ocid" TEXT NOT NULL,
    "contract_id" TEXT NOT NULL,
    "award_id" TEXT NULL,
    "status" TEXT NULL,
    "value" REAL NULL,
    "currency" TEXT NULL,
    "date_signed" TEXT NULL,
    "period_start" TEXT NULL,
    "period_end" TEXT NULL,
    CONSTRAINT "pk_contracts" PRIMARY KEY ("ocid", "contract_id"),
    CONSTRAINT "fk_contracts_processes_ocid" FOREIGN KEY ("ocid") REFERENCES "processes" ("ocid") ON DELETE CASCADE
);
CREATE TABLE "lots" (
    "ocid" TEXT NOT NULL,
    "lot_id" TEXT NOT NULL,
    "title" TEXT NULL,
    "status" TEXT NULL,
    "value" REAL NULL,
    "currency" TEXT NULL,
    "suitable_for_sme" INTEGER NULL,
    "suitable_for_vcse" INTEGER NULL,
    "reserved_participation" TEXT NULL,
    CONSTRAINT "pk_lots" PRIMARY KEY ("ocid", "lot_id"),
    CONSTRAINT "fk_lots_processes_ocid" FOREIGN KEY ("ocid") REFERENCES "processes" ("ocid") ON DELETE CASCADE
);
CREATE TABLE "notices" (
    "ocid" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "notice_type" TEXT NULL,
    "document_type" TEXT NULL,
    "date_published" TEXT NULL,
    "url" TEXT NULL,
    CONSTRAINT "pk_notices" PRIMARY KEY ("ocid", "section", "document_id"),
    CONSTRAINT "fk_notices_processes_ocid" FOREIGN KEY ("ocid") REFERENCES "processes" ("ocid") ON DELETE CASCADE
);
CREATE TABLE "process_parties" (
    "ocid" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "roles" TEXT NOT NULL,
    "scale" TEXT NULL,
    "vcse" INTEGER NULL,
    "sheltered_workshop" INTEGER NULL,
    "public_service_mission" INTEGER NULL, "party_ids" TEXT NULL,
    CONSTRAINT "pk_process_parties" PRIMARY KEY ("ocid", "organisation_id"),
    CONSTRAINT "fk_process_parties_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_process_parties_processes_ocid" FOREIGN KEY ("ocid") REFERENCES "processes" ("ocid") ON DELETE CASCADE
);
CREATE TABLE "regions" (
    "ocid" TEXT NOT NULL,
    "code" TEXT NOT NULL, "source" TEXT NULL,
    CONSTRAINT "pk_regions" PRIMARY KEY ("ocid", "code"),
    CONSTRAINT "fk_regions_processes_ocid" FOREIGN KEY ("ocid") REFERENCES "processes" ("ocid") ON DELETE CASCADE
);
CREATE TABLE "award_suppliers" (
    "ocid" TEXT NOT NULL,
    "award_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    CONSTRAINT "pk_award_suppliers" PRIMARY KEY ("ocid", "award_id", "organisation_id"),
    CONSTRAINT "fk_award_suppliers_awards_ocid_award_id" FOREIGN KEY ("ocid", "award_id") REFERENCES "awards" ("ocid", "award_id") ON DELETE CASCADE,
    CONSTRAINT "fk_award_suppliers_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);
CREATE TABLE "bids" (
    "ocid" TEXT NOT NULL,
    "bid_id" TEXT NOT NULL,
    "status" TEXT NULL,
    "date" TEXT NULL,
    "value" REAL NULL,
    "currency" TEXT NULL,
    "related_lots" TEXT NULL,
    "tenderer_count" INTEGER NOT NULL,
    CONSTRAINT "pk_bids" PRIMARY KEY ("ocid", "bid_id"),
    CONSTRAINT "fk_bids_processes_ocid" FOREIGN KEY ("ocid") REFERENCES "processes" ("ocid") ON DELETE CASCADE
);
CREATE TABLE "bid_tenderers" (
    "ocid" TEXT NOT NULL,
    "bid_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    CONSTRAINT "pk_bid_tenderers" PRIMARY KEY ("ocid", "bid_id", "organisation_id"),
    CONSTRAINT "fk_bid_tenderers_bids_ocid_bid_id" FOREIGN KEY ("ocid", "bid_id") REFERENCES "bids" ("ocid", "bid_id") ON DELETE CASCADE,
    CONSTRAINT "fk_bid_tenderers_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);
CREATE TABLE "data_protection_keys" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "friendly_name" TEXT NULL,
    "xml" TEXT NOT NULL
);
CREATE TABLE "search_texts" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_search_texts" PRIMARY KEY AUTOINCREMENT,
    "ocid" TEXT NOT NULL,
    "title" TEXT NULL,
    "body" TEXT NULL,
    CONSTRAINT "fk_search_texts_processes_ocid" FOREIGN KEY ("ocid") REFERENCES "processes" ("ocid") ON DELETE CASCADE
);
CREATE VIRTUAL TABLE search_index USING fts5(title, body, content='search_texts', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2');
CREATE TABLE "supplier_profile_changes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_supplier_profile_changes" PRIMARY KEY AUTOINCREMENT,
    "profile_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "changed_at" TEXT NOT NULL,
    "changed_by" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fields" TEXT NOT NULL,
    "before" TEXT NULL,
    "after" TEXT NULL
);
CREATE TABLE "supplier_profiles" (
    "id" TEXT NOT NULL CONSTRAINT "pk_supplier_profiles" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "legal_form" TEXT NULL,
    "organisation_id" TEXT NULL,
    "linked_by" TEXT NULL,
    "profile" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL
);
CREATE TABLE "supplier_profile_identifiers" (
    "scheme" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "profile_id" TEXT NOT NULL,
    CONSTRAINT "pk_supplier_profile_identifiers" PRIMARY KEY ("scheme", "identifier"),
    CONSTRAINT "fk_supplier_profile_identifiers_supplier_profiles_profile_id" FOREIGN KEY ("profile_id") REFERENCES "supplier_profiles" ("id") ON DELETE CASCADE
);
CREATE TABLE "organisation_aliases" (
    "alias" TEXT NOT NULL CONSTRAINT "pk_organisation_aliases" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "confirmed_by" TEXT NULL,
    "at" TEXT NULL
);
CREATE TABLE "organisation_name_keys" (
    "name_key" TEXT NOT NULL CONSTRAINT "pk_organisation_name_keys" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    CONSTRAINT "fk_organisation_name_keys_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE CASCADE
);
CREATE TABLE "social_value_texts" (
    "ocid" TEXT NOT NULL CONSTRAINT "pk_social_value_texts" PRIMARY KEY,
    "source" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    CONSTRAINT "fk_social_value_texts_processes_ocid" FOREIGN KEY ("ocid") REFERENCES "processes" ("ocid") ON DELETE CASCADE
);
CREATE TABLE "account_organisations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_account_organisations" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "scheme" TEXT NULL,
    "identifier" TEXT NULL,
    "organisation_id" TEXT NULL,
    "supplier_profile_id" TEXT NULL,
    "created_at" TEXT NOT NULL
, "standstill_calendar" TEXT NULL, "two_person_opening" INTEGER NOT NULL DEFAULT 0);
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_accounts" PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "acting_organisation_id" TEXT NULL,
    "user_name" TEXT NULL,
    "normalized_user_name" TEXT NULL,
    "email" TEXT NULL,
    "normalized_email" TEXT NULL,
    "email_confirmed" INTEGER NOT NULL,
    "password_hash" TEXT NULL,
    "security_stamp" TEXT NULL,
    "concurrency_stamp" TEXT NULL,
    "phone_number" TEXT NULL,
    "phone_number_confirmed" INTEGER NOT NULL,
    "two_factor_enabled" INTEGER NOT NULL,
    "lockout_end" TEXT NULL,
    "lockout_enabled" INTEGER NOT NULL,
    "access_failed_count" INTEGER NOT NULL
);
CREATE TABLE "audit_log" (
    "sequence" INTEGER NOT NULL CONSTRAINT "pk_audit_log" PRIMARY KEY,
    "at" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "previous_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);
CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL CONSTRAINT "pk_api_tokens" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "issued_by" TEXT NOT NULL,
    "issued_at" TEXT NOT NULL,
    "expires_at" TEXT NULL,
    "revoked_at" TEXT NULL,
    CONSTRAINT "fk_api_tokens_account_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "account_organisations" ("id") ON DELETE CASCADE
);
CREATE TABLE "invitations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_invitations" PRIMARY KEY,
    "token_hash" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "invited_by" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "expires_at" TEXT NOT NULL,
    "accepted_at" TEXT NULL,
    "accepted_by" TEXT NULL,
    "revoked_at" TEXT NULL,
    CONSTRAINT "fk_invitations_account_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "account_organisations" ("id") ON DELETE CASCADE
);
CREATE TABLE "account_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_account_claims" PRIMARY KEY AUTOINCREMENT,
    "user_id" TEXT NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_account_claims_accounts_user_id" FOREIGN KEY ("user_id") REFERENCES "accounts" ("id") ON DELETE CASCADE
);
CREATE TABLE "account_logins" (
    "login_provider" TEXT NOT NULL,
    "provider_key" TEXT NOT NULL,
    "provider_display_name" TEXT NULL,
    "user_id" TEXT NOT NULL,
    CONSTRAINT "pk_account_logins" PRIMARY KEY ("login_provider", "provider_key"),
    CONSTRAINT "fk_account_logins_accounts_user_id" FOREIGN KEY ("user_id") REFERENCES "accounts" ("id") ON DELETE CASCADE
);
CREATE TABLE "account_passkeys" (
    "credential_id" BLOB NOT NULL CONSTRAINT "pk_account_passkeys" PRIMARY KEY,
    "user_id" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    CONSTRAINT "fk_account_passkeys_accounts_user_id" FOREIGN KEY ("user_id") REFERENCES "accounts" ("id") ON DELETE CASCADE
);
CREATE TABLE "account_secrets" (
    "user_id" TEXT NOT NULL,
    "login_provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NULL,
    CONSTRAINT "pk_account_secrets" PRIMARY KEY ("user_id", "login_provider", "name"),
    CONSTRAINT "fk_account_secrets_accounts_user_id" FOREIGN KEY ("user_id") REFERENCES "accounts" ("id") ON DELETE CASCADE
);
CREATE TABLE "memberships" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_memberships" PRIMARY KEY AUTOINCREMENT,
    "account_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "added_at" TEXT NOT NULL,
    CONSTRAINT "fk_memberships_account_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "account_organisations" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_memberships_accounts_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE
);
CREATE TABLE "evidence_files" (
    "id" TEXT NOT NULL CONSTRAINT "pk_evidence_files" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "covers" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BLOB NULL,
    "uploaded_at" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "verified_covers" TEXT NULL,
    "verified_by" TEXT NULL,
    "verified_on" TEXT NULL,
    "valid_until" TEXT NULL,
    "note" TEXT NULL,
    CONSTRAINT "fk_evidence_files_account_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "account_organisations" ("id") ON DELETE CASCADE
);
CREATE TABLE "profile_drafts" (
    "organisation_id" TEXT NOT NULL CONSTRAINT "pk_profile_drafts" PRIMARY KEY,
    "draft" TEXT NOT NULL,
    "saved_at" TEXT NOT NULL,
    "submitted_at" TEXT NULL,
    CONSTRAINT "fk_profile_drafts_account_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "account_organisations" ("id") ON DELETE CASCADE
);
CREATE TABLE "goals" (
    "organisation_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NULL,
    "outcome" TEXT NULL,
    "period_start" TEXT NULL,
    "period_end" TEXT NULL,
    "status" TEXT NOT NULL,
    "measures" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "pk_goals" PRIMARY KEY ("organisation_id", "key"),
    CONSTRAINT "fk_goals_account_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "account_organisations" ("id") ON DELETE CASCADE
);
CREATE TABLE "tender_designs" (
    "id" TEXT NOT NULL CONSTRAINT "pk_tender_designs" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "design" TEXT NOT NULL,
    "published_design" TEXT NULL,
    "status" TEXT NOT NULL,
    "ocid" TEXT NULL,
    "releases" INTEGER NOT NULL,
    "overrides" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "published_at" TEXT NULL,
    CONSTRAINT "fk_tender_designs_account_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "account_organisations" ("id") ON DELETE RESTRICT
);
CREATE TABLE "conflicts_assessments" (
    "id" TEXT NOT NULL CONSTRAINT "pk_conflicts_assessments" PRIMARY KEY,
    "design_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "recorded_at" TEXT NOT NULL,
    CONSTRAINT "fk_conflicts_assessments_tender_designs_design_id" FOREIGN KEY ("design_id") REFERENCES "tender_designs" ("id") ON DELETE RESTRICT
);
CREATE TABLE "tender_boxes" (
    "id" TEXT NOT NULL CONSTRAINT "pk_tender_boxes" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "ocid" TEXT NOT NULL,
    "key_id" TEXT NOT NULL,
    "wrapped_key" BLOB NOT NULL,
    "opening_rule" TEXT NOT NULL,
    "opening_requested_by" TEXT NULL,
    "opening_requested_at" TEXT NULL,
    "opened_by" TEXT NULL,
    "opened_at" TEXT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_tender_boxes_tender_designs_id" FOREIGN KEY ("id") REFERENCES "tender_designs" ("id") ON DELETE RESTRICT
);
CREATE TABLE "assessment_summaries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_assessment_summaries" PRIMARY KEY,
    "box_id" TEXT NOT NULL,
    "lot" TEXT NOT NULL,
    "bid_id" TEXT NOT NULL,
    "supplier_id" TEXT NOT NULL,
    "json" TEXT NOT NULL,
    "issued_at" TEXT NOT NULL,
    CONSTRAINT "fk_assessment_summaries_tender_boxes_box_id" FOREIGN KEY ("box_id") REFERENCES "tender_boxes" ("id") ON DELETE RESTRICT
);
CREATE TABLE "conflict_declarations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_conflict_declarations" PRIMARY KEY,
    "box_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "supplier_id" TEXT NOT NULL,
    "interest" TEXT NOT NULL,
    "description" TEXT NULL,
    "mitigation" TEXT NULL,
    "declared_at" TEXT NOT NULL,
    CONSTRAINT "fk_conflict_declarations_tender_boxes_box_id" FOREIGN KEY ("box_id") REFERENCES "tender_boxes" ("id") ON DELETE RESTRICT
);
CREATE TABLE "lot_awards" (
    "id" TEXT NOT NULL CONSTRAINT "pk_lot_awards" PRIMARY KEY,
    "box_id" TEXT NOT NULL,
    "lot" TEXT NOT NULL,
    "winner_bid_id" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "decided_at" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "commitments" TEXT NOT NULL,
    "summaries_issued_at" TEXT NULL,
    "notice_published_at" TEXT NULL,
    "standstill_calendar" TEXT NULL,
    "standstill_last_day" TEXT NULL,
    "contract_entered_at" TEXT NULL,
    "contract_start" TEXT NULL,
    "contract_end" TEXT NULL,
    "contract_notice_published_at" TEXT NULL,
    CONSTRAINT "fk_lot_awards_tender_boxes_box_id" FOREIGN KEY ("box_id") REFERENCES "tender_boxes" ("id") ON DELETE RESTRICT
);
CREATE TABLE "panel_members" (
    "id" TEXT NOT NULL CONSTRAINT "pk_panel_members" PRIMARY KEY,
    "box_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "added_at" TEXT NOT NULL,
    CONSTRAINT "fk_panel_members_tender_boxes_box_id" FOREIGN KEY ("box_id") REFERENCES "tender_boxes" ("id") ON DELETE RESTRICT
);
CREATE TABLE "sealed_bids" (
    "id" TEXT NOT NULL CONSTRAINT "pk_sealed_bids" PRIMARY KEY,
    "box_id" TEXT NOT NULL,
    "lot" TEXT NOT NULL,
    "supplier_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "submitted_at" TEXT NOT NULL,
    "withdrawn_at" TEXT NULL,
    "late" INTEGER NOT NULL,
    "late_decision" TEXT NULL,
    "late_reason" TEXT NULL,
    "late_decided_by" TEXT NULL,
    "content_hash" TEXT NOT NULL,
    "wrapped_key" BLOB NOT NULL,
    "content" BLOB NOT NULL,
    CONSTRAINT "fk_sealed_bids_account_organisations_supplier_id" FOREIGN KEY ("supplier_id") REFERENCES "account_organisations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_sealed_bids_tender_boxes_box_id" FOREIGN KEY ("box_id") REFERENCES "tender_boxes" ("id") ON DELETE RESTRICT
);
CREATE TABLE "alt_reviews" (
    "bid_id" TEXT NOT NULL CONSTRAINT "pk_alt_reviews" PRIMARY KEY,
    "flag" TEXT NOT NULL,
    "asked_at" TEXT NULL,
    "explanation" TEXT NULL,
    "explained_at" TEXT NULL,
    "decision" TEXT NULL,
    "decision_reason" TEXT NULL,
    "decided_by" TEXT NULL,
    "decided_at" TEXT NULL,
    CONSTRAINT "fk_alt_reviews_sealed_bids_bid_id" FOREIGN KEY ("bid_id") REFERENCES "sealed_bids" ("id") ON DELETE RESTRICT
);
CREATE TABLE "evaluator_scores" (
    "id" TEXT NOT NULL CONSTRAINT "pk_evaluator_scores" PRIMARY KEY,
    "bid_id" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "score" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "submitted_at" TEXT NOT NULL,
    CONSTRAINT "fk_evaluator_scores_sealed_bids_bid_id" FOREIGN KEY ("bid_id") REFERENCES "sealed_bids" ("id") ON DELETE RESTRICT
);
CREATE TABLE "moderated_scores" (
    "id" TEXT NOT NULL CONSTRAINT "pk_moderated_scores" PRIMARY KEY,
    "bid_id" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "score" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "moderated_by" TEXT NOT NULL,
    "moderated_at" TEXT NOT NULL,
    CONSTRAINT "fk_moderated_scores_sealed_bids_bid_id" FOREIGN KEY ("bid_id") REFERENCES "sealed_bids" ("id") ON DELETE RESTRICT
);
CREATE TABLE "sealed_bid_files" (
    "id" TEXT NOT NULL CONSTRAINT "pk_sealed_bid_files" PRIMARY KEY,
    "bid_id" TEXT NOT NULL,
    "name" BLOB NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BLOB NOT NULL,
    CONSTRAINT "fk_sealed_bid_files_sealed_bids_bid_id" FOREIGN KEY ("bid_id") REFERENCES "sealed_bids" ("id") ON DELETE RESTRICT
);
CREATE TABLE "delivery_contracts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_delivery_contracts" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "ocid" TEXT NOT NULL,
    "contract_id" TEXT NOT NULL,
    "award_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "supplier_organisation_id" TEXT NULL,
    "value" TEXT NULL,
    "spend" TEXT NULL,
    "period_start" TEXT NULL,
    "period_end" TEXT NULL,
    "source" TEXT NOT NULL,
    "releases" INTEGER NOT NULL,
    "taken_on_at" TEXT NOT NULL,
    CONSTRAINT "fk_delivery_contracts_account_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "account_organisations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_delivery_contracts_account_organisations_supplier_organisation_id" FOREIGN KEY ("supplier_organisation_id") REFERENCES "account_organisations" ("id") ON DELETE RESTRICT
);
CREATE TABLE "proxy_libraries" (
    "organisation_id" TEXT NOT NULL,
    "library_id" TEXT NOT NULL,
    "name" TEXT NULL,
    "source" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "price_year" INTEGER NOT NULL,
    "json" TEXT NOT NULL,
    "imported_at" TEXT NOT NULL,
    CONSTRAINT "pk_proxy_libraries" PRIMARY KEY ("organisation_id", "library_id"),
    CONSTRAINT "fk_proxy_libraries_account_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "account_organisations" ("id") ON DELETE CASCADE
);
CREATE TABLE "delivery_kpis" (
    "id" TEXT NOT NULL CONSTRAINT "pk_delivery_kpis" PRIMARY KEY,
    "delivery_contract_id" TEXT NOT NULL,
    "kpi_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "measure" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "period_end" TEXT NOT NULL,
    "in_force_from" TEXT NULL,
    "goal" TEXT NULL,
    "outcome" TEXT NULL,
    "place" TEXT NULL,
    "proxy_library_id" TEXT NULL,
    "proxy_value_id" TEXT NULL,
    "note" TEXT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_delivery_kpis_delivery_contracts_delivery_contract_id" FOREIGN KEY ("delivery_contract_id") REFERENCES "delivery_contracts" ("id") ON DELETE CASCADE
);
CREATE TABLE "delivery_reports" (
    "id" TEXT NOT NULL CONSTRAINT "pk_delivery_reports" PRIMARY KEY,
    "delivery_contract_id" TEXT NOT NULL,
    "kpi_id" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "period_end" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "narrative" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "submitted_by" TEXT NOT NULL,
    "submitted_at" TEXT NOT NULL,
    "corrections" INTEGER NOT NULL,
    "decided_by" TEXT NULL,
    "decided_at" TEXT NULL,
    "reason" TEXT NULL,
    CONSTRAINT "fk_delivery_reports_delivery_contracts_delivery_contract_id" FOREIGN KEY ("delivery_contract_id") REFERENCES "delivery_contracts" ("id") ON DELETE CASCADE
);
CREATE TABLE "performance_ratings" (
    "id" TEXT NOT NULL CONSTRAINT "pk_performance_ratings" PRIMARY KEY,
    "delivery_contract_id" TEXT NOT NULL,
    "kpi_id" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "period_end" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "rated_by" TEXT NOT NULL,
    "rated_at" TEXT NOT NULL,
    CONSTRAINT "fk_performance_ratings_delivery_contracts_delivery_contract_id" FOREIGN KEY ("delivery_contract_id") REFERENCES "delivery_contracts" ("id") ON DELETE CASCADE
);
CREATE TABLE "delivery_files" (
    "id" TEXT NOT NULL CONSTRAINT "pk_delivery_files" PRIMARY KEY,
    "report_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BLOB NOT NULL,
    "uploaded_at" TEXT NOT NULL,
    CONSTRAINT "fk_delivery_files_delivery_reports_report_id" FOREIGN KEY ("report_id") REFERENCES "delivery_reports" ("id") ON DELETE CASCADE
);
CREATE TABLE "collector_leases" (
    "name" TEXT NOT NULL CONSTRAINT "pk_collector_leases" PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "acquired_at" TEXT NOT NULL,
    "expires_at" TEXT NOT NULL
);
CREATE TABLE "figure_processes" (
    "ocid" TEXT NOT NULL CONSTRAINT "pk_figure_processes" PRIMARY KEY,
    "market" TEXT NOT NULL,
    "in_window" INTEGER NOT NULL,
    "without_buyer" INTEGER NOT NULL,
    "undated" INTEGER NOT NULL,
    "duplicates" INTEGER NOT NULL,
    "not_uk" INTEGER NOT NULL,
    "awards_undated" INTEGER NOT NULL,
    "unclassified" INTEGER NOT NULL,
    "unlocated" INTEGER NOT NULL,
    "excluded" INTEGER NOT NULL,
    "framework_awards" INTEGER NOT NULL
);
CREATE TABLE "figures" (
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "subject" TEXT NULL,
    "body" TEXT NOT NULL,
    CONSTRAINT "pk_figures" PRIMARY KEY ("kind", "key")
);
CREATE TABLE "figure_supplier_markets" (
    "market" TEXT NOT NULL,
    "supplier_id" TEXT NOT NULL,
    "value" REAL NOT NULL,
    CONSTRAINT "pk_figure_supplier_markets" PRIMARY KEY ("market", "supplier_id")
);
CREATE TABLE "figure_suppliers" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_figure_suppliers" PRIMARY KEY AUTOINCREMENT,
    "supplier_id" TEXT NOT NULL,
    "name" TEXT NULL,
    "name_key" TEXT NOT NULL,
    "scale" TEXT NULL,
    "vcse" INTEGER NULL,
    "awards" INTEGER NOT NULL,
    "award_value" REAL NULL,
    "award_value_ascending" REAL NOT NULL,
    "award_value_descending" REAL NOT NULL,
    "scale_ascending" TEXT NOT NULL,
    "scale_descending" TEXT NOT NULL,
    "vcse_ascending" INTEGER NOT NULL,
    "vcse_descending" INTEGER NOT NULL,
    "framework_places" INTEGER NOT NULL,
    "buyers" INTEGER NOT NULL,
    "id_key" TEXT NOT NULL,
    "search" TEXT NOT NULL
);
CREATE VIRTUAL TABLE figure_supplier_search USING fts5(search, content='figure_suppliers', content_rowid='id', tokenize='trigram');
CREATE TABLE "cpv_names" (
    "code" TEXT NOT NULL CONSTRAINT "pk_cpv_names" PRIMARY KEY,
    "description" TEXT NOT NULL
);
CREATE INDEX "ix_award_suppliers_organisation_id" ON "award_suppliers" ("organisation_id");
CREATE INDEX "ix_awards_date" ON "awards" ("date");
CREATE INDEX "ix_classifications_scheme_code" ON "classifications" ("scheme", "code");
CREATE INDEX "ix_notices_notice_type" ON "notices" ("notice_type");
CREATE INDEX "ix_organisation_identifiers_organisation_id" ON "organisation_identifiers" ("organisation_id");
CREATE INDEX "ix_process_parties_organisation_id" ON "process_parties" ("organisation_id");
CREATE INDEX "ix_processes_buyer_id" ON "processes" ("buyer_id");
CREATE INDEX "ix_processes_date" ON "processes" ("date");
CREATE INDEX "ix_regions_code" ON "regions" ("code");
CREATE UNIQUE INDEX "ix_releases_ocid_release_key" ON "releases" ("ocid", "release_key");
CREATE INDEX "ix_processes_main_cpv" ON "processes" ("main_cpv");
CREATE INDEX "ix_bid_tenderers_organisation_id" ON "bid_tenderers" ("organisation_id");
CREATE INDEX "ix_processes_first_published" ON "processes" ("first_published");
CREATE INDEX "ix_processes_tender_value" ON "processes" ("tender_value");
CREATE UNIQUE INDEX "ix_search_texts_ocid" ON "search_texts" ("ocid");
CREATE INDEX "ix_supplier_profile_changes_profile_id_version" ON "supplier_profile_changes" ("profile_id", "version");
CREATE INDEX "ix_supplier_profile_identifiers_profile_id" ON "supplier_profile_identifiers" ("profile_id");
CREATE INDEX "ix_supplier_profiles_name" ON "supplier_profiles" ("name");
CREATE INDEX "ix_supplier_profiles_organisation_id" ON "supplier_profiles" ("organisation_id");
CREATE INDEX "ix_processes_buyer_id_title_key" ON "processes" ("buyer_id", "title_key");
CREATE INDEX "ix_processes_buyer_party_id" ON "processes" ("buyer_party_id");
CREATE INDEX "ix_processes_duplicate_of" ON "processes" ("duplicate_of");
CREATE INDEX "ix_processes_publisher" ON "processes" ("publisher");
CREATE INDEX "ix_processes_tender_end" ON "processes" ("tender_end");
CREATE INDEX "ix_organisation_aliases_organisation_id" ON "organisation_aliases" ("organisation_id");
CREATE INDEX "ix_organisation_name_keys_organisation_id" ON "organisation_name_keys" ("organisation_id");
CREATE INDEX "ix_account_claims_user_id" ON "account_claims" ("user_id");
CREATE INDEX "ix_account_logins_user_id" ON "account_logins" ("user_id");
CREATE INDEX "ix_account_organisations_organisation_id" ON "account_organisations" ("organisation_id");
CREATE UNIQUE INDEX "ix_account_organisations_scheme_identifier" ON "account_organisations" ("scheme", "identifier");
CREATE INDEX "ix_account_passkeys_user_id" ON "account_passkeys" ("user_id");
CREATE INDEX "EmailIndex" ON "accounts" ("normalized_email");
CREATE UNIQUE INDEX "UserNameIndex" ON "accounts" ("normalized_user_name");
CREATE INDEX "ix_api_tokens_organisation_id" ON "api_tokens" ("organisation_id");
CREATE UNIQUE INDEX "ix_api_tokens_secret_hash" ON "api_tokens" ("secret_hash");
CREATE INDEX "ix_audit_log_subject" ON "audit_log" ("subject");
CREATE INDEX "ix_invitations_organisation_id" ON "invitations" ("organisation_id");
CREATE UNIQUE INDEX "ix_invitations_token_hash" ON "invitations" ("token_hash");
CREATE UNIQUE INDEX "ix_memberships_account_id_organisation_id_role" ON "memberships" ("account_id", "organisation_id", "role");
CREATE INDEX "ix_memberships_organisation_id" ON "memberships" ("organisation_id");
CREATE INDEX "ix_evidence_files_organisation_id_uploaded_at" ON "evidence_files" ("organisation_id", "uploaded_at");
CREATE INDEX "ix_evidence_files_status" ON "evidence_files" ("status");
CREATE UNIQUE INDEX "ix_tender_designs_ocid" ON "tender_designs" ("ocid");
CREATE INDEX "ix_tender_designs_organisation_id" ON "tender_designs" ("organisation_id");
CREATE UNIQUE INDEX "ix_assessment_summaries_bid_id" ON "assessment_summaries" ("bid_id");
CREATE INDEX "ix_assessment_summaries_box_id" ON "assessment_summaries" ("box_id");
CREATE INDEX "ix_assessment_summaries_supplier_id_issued_at" ON "assessment_summaries" ("supplier_id", "issued_at");
CREATE UNIQUE INDEX "ix_conflict_declarations_box_id_account_id_supplier_id" ON "conflict_declarations" ("box_id", "account_id", "supplier_id");
CREATE INDEX "ix_conflicts_assessments_design_id_recorded_at" ON "conflicts_assessments" ("design_id", "recorded_at");
CREATE UNIQUE INDEX "ix_evaluator_scores_bid_id_criterion_account_id" ON "evaluator_scores" ("bid_id", "criterion", "account_id");
CREATE UNIQUE INDEX "ix_lot_awards_box_id_lot" ON "lot_awards" ("box_id", "lot");
CREATE UNIQUE INDEX "ix_moderated_scores_bid_id_criterion" ON "moderated_scores" ("bid_id", "criterion");
CREATE UNIQUE INDEX "ix_panel_members_box_id_account_id" ON "panel_members" ("box_id", "account_id");
CREATE INDEX "ix_sealed_bid_files_bid_id" ON "sealed_bid_files" ("bid_id");
CREATE INDEX "ix_sealed_bids_box_id_lot_status" ON "sealed_bids" ("box_id", "lot", "status");
CREATE INDEX "ix_sealed_bids_supplier_id_submitted_at" ON "sealed_bids" ("supplier_id", "submitted_at");
CREATE INDEX "ix_tender_boxes_organisation_id" ON "tender_boxes" ("organisation_id");
CREATE INDEX "ix_delivery_contracts_ocid" ON "delivery_contracts" ("ocid");
CREATE UNIQUE INDEX "ix_delivery_contracts_organisation_id_ocid_contract_id" ON "delivery_contracts" ("organisation_id", "ocid", "contract_id");
CREATE INDEX "ix_delivery_contracts_supplier_organisation_id" ON "delivery_contracts" ("supplier_organisation_id");
CREATE INDEX "ix_delivery_files_report_id" ON "delivery_files" ("report_id");
CREATE UNIQUE INDEX "ix_delivery_kpis_delivery_contract_id_kpi_id_version" ON "delivery_kpis" ("delivery_contract_id", "kpi_id", "version");
CREATE INDEX "ix_delivery_reports_delivery_contract_id_kpi_id_period_start" ON "delivery_reports" ("delivery_contract_id", "kpi_id", "period_start");
CREATE INDEX "ix_delivery_reports_status" ON "delivery_reports" ("status");
CREATE UNIQUE INDEX "ix_performance_ratings_delivery_contract_id_kpi_id_period_start_period_end" ON "performance_ratings" ("delivery_contract_id", "kpi_id", "period_start", "period_end");
CREATE INDEX "ix_figure_processes_market" ON "figure_processes" ("market");
CREATE INDEX "ix_figures_kind_subject" ON "figures" ("kind", "subject");
CREATE INDEX "ix_processes_outside_uk" ON "processes" ("ocid") WHERE outside_uk;
CREATE INDEX "ix_records_updated_at" ON "records" ("updated_at");
CREATE INDEX "ix_processes_uses_buyer_region" ON "processes" ("buyer_id") WHERE uses_buyer_region;
CREATE INDEX "ix_figure_supplier_markets_market_value" ON "figure_supplier_markets" ("market", "value");
CREATE INDEX "ix_figure_supplier_markets_supplier_id" ON "figure_supplier_markets" ("supplier_id");
CREATE INDEX "ix_figure_suppliers_award_value_ascending_supplier_id" ON "figure_suppliers" ("award_value_ascending", "supplier_id");
CREATE INDEX "ix_figure_suppliers_award_value_descending_supplier_id" ON "figure_suppliers" ("award_value_descending" DESC, "supplier_id");
CREATE INDEX "ix_figure_suppliers_awards_supplier_id" ON "figure_suppliers" ("awards" DESC, "supplier_id");
CREATE INDEX "ix_figure_suppliers_buyers_supplier_id" ON "figure_suppliers" ("buyers" DESC, "supplier_id");
CREATE INDEX "ix_figure_suppliers_framework_places_supplier_id" ON "figure_suppliers" ("framework_places" DESC, "supplier_id");
CREATE INDEX "ix_figure_suppliers_id_key_supplier_id" ON "figure_suppliers" ("id_key" DESC, "supplier_id");
CREATE INDEX "ix_figure_suppliers_name_key_supplier_id" ON "figure_suppliers" ("name_key" DESC, "supplier_id");
CREATE INDEX "ix_figure_suppliers_scale_ascending_supplier_id" ON "figure_suppliers" ("scale_ascending", "supplier_id");
CREATE INDEX "ix_figure_suppliers_scale_descending_supplier_id" ON "figure_suppliers" ("scale_descending" DESC, "supplier_id");
CREATE UNIQUE INDEX "ix_figure_suppliers_supplier_id" ON "figure_suppliers" ("supplier_id");
CREATE INDEX "ix_figure_suppliers_vcse_ascending_supplier_id" ON "figure_suppliers" ("vcse_ascending", "supplier_id");
CREATE INDEX "ix_figure_suppliers_vcse_descending_supplier_id" ON "figure_suppliers" ("vcse_descending" DESC, "supplier_id");
CREATE TRIGGER search_texts_ai AFTER INSERT ON search_texts BEGIN
    INSERT INTO search_index(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER search_texts_ad AFTER DELETE ON search_texts BEGIN
    INSERT INTO search_index(search_index, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER search_texts_au AFTER UPDATE ON search_texts BEGIN
    INSERT INTO search_index(search_index, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO search_index(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries are never changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries are never removed'); END;
CREATE TRIGGER evaluator_scores_no_update BEFORE UPDATE ON evaluator_scores BEGIN SELECT RAISE(ABORT, 'evaluator_scores are never changed: a submitted mark stands'); END;
CREATE TRIGGER evaluator_scores_no_delete BEFORE DELETE ON evaluator_scores BEGIN SELECT RAISE(ABORT, 'evaluator_scores are never removed: a submitted mark stands'); END;
CREATE TRIGGER figure_suppliers_ai AFTER INSERT ON figure_suppliers BEGIN
    INSERT INTO figure_supplier_search(rowid, search) VALUES (new.id, new.search);
END;
CREATE TRIGGER figure_suppliers_ad AFTER DELETE ON figure_suppliers BEGIN
    INSERT INTO figure_supplier_search(figure_supplier_search, rowid, search) VALUES ('delete', old.id, old.search);
END;
CREATE TRIGGER figure_suppliers_au AFTER UPDATE ON figure_suppliers BEGIN
    INSERT INTO figure_supplier_search(figure_supplier_search, rowid, search) VALUES ('delete', old.id, old.search);
    INSERT INTO figure_supplier_search(rowid, search) VALUES (new.id, new.search);
END;
INSERT INTO "__EFMigrationsHistory" VALUES('20261125180107_Initial','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261125183122_AnalyticsFacts','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261126013944_Portal','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261126032543_SupplierRegister','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261202101040_TrueFigures','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261202140048_Accounts','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261202143324_RegisterInPortal','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261202203753_TenderDesign','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261205210025_SealedBids','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261205232533_Delivery','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261206000145_CollectorLease','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261206023030_StoredFigures','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261206054829_SearchOutsideUk','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261206064109_RecordsUpdatedAt','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261206083513_SearchByBuyerRegion','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261206145156_SupplierList','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261207005410_CpvNames','10.0.15');
INSERT INTO "sqlite_sequence" VALUES('search_texts',0);
