using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Permits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "permits_types",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name_th = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    application_form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    certificate_name_th = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    certificate_name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    law_th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    law_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    appeal_th = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    appeal_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    decision_days = table.Column<int>(type: "integer", nullable: false),
                    validity_months = table.Column<int>(type: "integer", nullable: true),
                    inspection_required = table.Column<bool>(type: "boolean", nullable: false),
                    area_required = table.Column<bool>(type: "boolean", nullable: false),
                    area_above = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    area_at_most = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    fee_mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    fixed_fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    rate_per_square_metre = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    minimum_fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    maximum_fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    fee_categories = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    documents = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    fields = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    checklist = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_permits_types", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "permits_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    permit_type_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    renews_permit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unchanged = table.Column<bool>(type: "boolean", nullable: false),
                    applicant_kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    applicant_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    applicant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applicant_id_cipher = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    applicant_id_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    applicant_id_masked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    juristic_tax_id = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    applicant_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    applicant_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    culture = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    business_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    premises_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    area_square_metres = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    fee_category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    answers = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    received_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    clock_started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    documents_requested_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    documents_request = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    documents_requested_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    documents_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    documents_supplied_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    officer_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    late_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    late_notices = table.Column<int>(type: "integer", nullable: false),
                    last_late_notice_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decision_reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    appeal_info = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    decision_notified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    bill_id = table.Column<Guid>(type: "uuid", nullable: true),
                    bill_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    permit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_permits_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_permits_applications_permits_types_permit_type_id",
                        column: x => x.permit_type_id,
                        principalTable: "permits_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "permits_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    supplement = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_permits_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_permits_documents_permits_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "permits_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "permits_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_permits_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_permits_events_permits_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "permits_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "permits_inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scheduled_on = table.Column<DateOnly>(type: "date", nullable: false),
                    inspector = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    result = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    answers = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_permits_inspections", x => x.id);
                    table.ForeignKey(
                        name: "fk_permits_inspections_permits_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "permits_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "permits_permits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    permit_type_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    renewed_by_application_id = table.Column<Guid>(type: "uuid", nullable: true),
                    holder_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    holder_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    holder_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    business_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    premises_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    issued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    status_changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    verification_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    renewal_reminded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_permits_permits", x => x.id);
                    table.ForeignKey(
                        name: "fk_permits_permits_permits_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "permits_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_permits_permits_permits_types_permit_type_id",
                        column: x => x.permit_type_id,
                        principalTable: "permits_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "permits_inspection_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_permits_inspection_photos", x => x.id);
                    table.ForeignKey(
                        name: "fk_permits_inspection_photos_permits_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "permits_inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_permits_applications_applicant_user_id",
                table: "permits_applications",
                column: "applicant_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_applications_bill_id",
                table: "permits_applications",
                column: "bill_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_applications_permit_type_id",
                table: "permits_applications",
                column: "permit_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_applications_renews_permit_id",
                table: "permits_applications",
                column: "renews_permit_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_applications_tenant_id",
                table: "permits_applications",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_applications_tenant_id_number",
                table: "permits_applications",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_permits_applications_tenant_id_status_due_on",
                table: "permits_applications",
                columns: new[] { "tenant_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_permits_documents_application_id",
                table: "permits_documents",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_documents_tenant_id",
                table: "permits_documents",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_events_application_id",
                table: "permits_events",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_events_tenant_id",
                table: "permits_events",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_inspection_photos_inspection_id",
                table: "permits_inspection_photos",
                column: "inspection_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_inspection_photos_tenant_id",
                table: "permits_inspection_photos",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_inspections_application_id",
                table: "permits_inspections",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_inspections_tenant_id",
                table: "permits_inspections",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_permits_application_id",
                table: "permits_permits",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_permits_holder_user_id",
                table: "permits_permits",
                column: "holder_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_permits_permit_type_id",
                table: "permits_permits",
                column: "permit_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_permits_tenant_id",
                table: "permits_permits",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_permits_tenant_id_number",
                table: "permits_permits",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_permits_permits_tenant_id_status_valid_until",
                table: "permits_permits",
                columns: new[] { "tenant_id", "status", "valid_until" });

            migrationBuilder.CreateIndex(
                name: "ix_permits_permits_verification_code",
                table: "permits_permits",
                column: "verification_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_permits_types_tenant_id",
                table: "permits_types",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_types_tenant_id_code",
                table: "permits_types",
                columns: new[] { "tenant_id", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "permits_documents");

            migrationBuilder.DropTable(
                name: "permits_events");

            migrationBuilder.DropTable(
                name: "permits_inspection_photos");

            migrationBuilder.DropTable(
                name: "permits_permits");

            migrationBuilder.DropTable(
                name: "permits_inspections");

            migrationBuilder.DropTable(
                name: "permits_applications");

            migrationBuilder.DropTable(
                name: "permits_types");
        }
    }
}
