using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Tax : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tax_appraisal_prices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    from_year = table.Column<int>(type: "integer", nullable: false),
                    price = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_appraisal_prices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tax_assessment_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    notice_date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    started_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    heartbeat_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    total = table.Column<int>(type: "integer", nullable: false),
                    done = table.Column<int>(type: "integer", nullable: false),
                    assessed = table.Column<int>(type: "integer", nullable: false),
                    billed = table.Column<int>(type: "integer", nullable: false),
                    nothing_due = table.Column<int>(type: "integer", nullable: false),
                    skipped = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    problems = table.Column<string>(type: "text", nullable: false),
                    error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_assessment_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tax_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    payer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    payer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    tax = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    surcharge = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    breakdown = table.Column<string>(type: "text", nullable: false),
                    notice_date = table.Column<DateOnly>(type: "date", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    billed = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    overpaid = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    installments = table.Column<bool>(type: "boolean", nullable: false),
                    warning_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    warning_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    notified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    history = table.Column<string>(type: "text", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tax_payers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    id_cipher = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    id_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    id_masked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_payers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tax_properties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    subdistrict = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    deed_type = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    deed_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    area_square_wa = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    price_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    parcel_id = table.Column<Guid>(type: "uuid", nullable: true),
                    material = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    floor_area_m2 = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    year_built = table.Column<int>(type: "integer", nullable: true),
                    unit_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    uses = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_properties", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tax_schedules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    rates = table.Column<string>(type: "text", nullable: false),
                    basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_schedules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tax_sign_declarations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    payer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    filed_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    signs = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_sign_declarations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tax_bills",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    bill_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bill_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    principal = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    paid_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    lines = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_bills", x => x.id);
                    table.ForeignKey(
                        name: "fk_tax_bills_tax_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "tax_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tax_objections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    grounds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    filed_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    filed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    decision = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    total_before = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    total_after = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_objections", x => x.id);
                    table.ForeignKey(
                        name: "fk_tax_objections_tax_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "tax_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tax_signs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    payer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    wording = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    type = table.Column<int>(type: "integer", nullable: false),
                    moving = table.Column<bool>(type: "boolean", nullable: false),
                    width_cm = table.Column<int>(type: "integer", nullable: false),
                    height_cm = table.Column<int>(type: "integer", nullable: false),
                    installed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    removed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    photo_id = table.Column<Guid>(type: "uuid", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_signs", x => x.id);
                    table.ForeignKey(
                        name: "fk_tax_signs_tax_payers_payer_id",
                        column: x => x.payer_id,
                        principalTable: "tax_payers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tax_property_owners",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false),
                    payer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    share_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    in_house_register = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_property_owners", x => x.id);
                    table.ForeignKey(
                        name: "fk_tax_property_owners_tax_payers_payer_id",
                        column: x => x.payer_id,
                        principalTable: "tax_payers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tax_property_owners_tax_properties_property_id",
                        column: x => x.property_id,
                        principalTable: "tax_properties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tax_sign_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_sign_photos", x => x.id);
                    table.ForeignKey(
                        name: "fk_tax_sign_photos_tax_signs_sign_id",
                        column: x => x.sign_id,
                        principalTable: "tax_signs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tax_appraisal_prices_tenant_id",
                table: "tax_appraisal_prices",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_appraisal_prices_tenant_id_kind_code_from_year",
                table: "tax_appraisal_prices",
                columns: new[] { "tenant_id", "kind", "code", "from_year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_assessment_runs_tenant_id",
                table: "tax_assessment_runs",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_assessment_runs_tenant_id_year",
                table: "tax_assessment_runs",
                columns: new[] { "tenant_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_assessments_payer_id",
                table: "tax_assessments",
                column: "payer_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_assessments_tenant_id",
                table: "tax_assessments",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_assessments_tenant_id_kind_due_date",
                table: "tax_assessments",
                columns: new[] { "tenant_id", "kind", "due_date" });

            migrationBuilder.CreateIndex(
                name: "ix_tax_assessments_tenant_id_kind_year_payer_id_subject",
                table: "tax_assessments",
                columns: new[] { "tenant_id", "kind", "year", "payer_id", "subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_assessments_tenant_id_number",
                table: "tax_assessments",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_bills_assessment_id",
                table: "tax_bills",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_bills_bill_id",
                table: "tax_bills",
                column: "bill_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_bills_tenant_id",
                table: "tax_bills",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_bills_tenant_id_kind_year",
                table: "tax_bills",
                columns: new[] { "tenant_id", "kind", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_tax_objections_assessment_id",
                table: "tax_objections",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_objections_tenant_id",
                table: "tax_objections",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_objections_tenant_id_number",
                table: "tax_objections",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_objections_tenant_id_status",
                table: "tax_objections",
                columns: new[] { "tenant_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_tax_payers_tenant_id",
                table: "tax_payers",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_payers_tenant_id_code",
                table: "tax_payers",
                columns: new[] { "tenant_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_payers_tenant_id_id_hash",
                table: "tax_payers",
                columns: new[] { "tenant_id", "id_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_payers_user_id",
                table: "tax_payers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_properties_parcel_id",
                table: "tax_properties",
                column: "parcel_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_properties_tenant_id",
                table: "tax_properties",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_properties_tenant_id_code",
                table: "tax_properties",
                columns: new[] { "tenant_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_property_owners_payer_id",
                table: "tax_property_owners",
                column: "payer_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_property_owners_property_id_payer_id",
                table: "tax_property_owners",
                columns: new[] { "property_id", "payer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_property_owners_tenant_id",
                table: "tax_property_owners",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_schedules_tenant_id",
                table: "tax_schedules",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_schedules_tenant_id_year",
                table: "tax_schedules",
                columns: new[] { "tenant_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_sign_declarations_filed_by_user_id",
                table: "tax_sign_declarations",
                column: "filed_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_sign_declarations_payer_id",
                table: "tax_sign_declarations",
                column: "payer_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_sign_declarations_tenant_id",
                table: "tax_sign_declarations",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_sign_declarations_tenant_id_number",
                table: "tax_sign_declarations",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_sign_declarations_tenant_id_year_status",
                table: "tax_sign_declarations",
                columns: new[] { "tenant_id", "year", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_tax_sign_photos_sign_id",
                table: "tax_sign_photos",
                column: "sign_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_sign_photos_tenant_id",
                table: "tax_sign_photos",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_signs_payer_id",
                table: "tax_signs",
                column: "payer_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_signs_tenant_id",
                table: "tax_signs",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_signs_tenant_id_number",
                table: "tax_signs",
                columns: new[] { "tenant_id", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tax_appraisal_prices");

            migrationBuilder.DropTable(
                name: "tax_assessment_runs");

            migrationBuilder.DropTable(
                name: "tax_bills");

            migrationBuilder.DropTable(
                name: "tax_objections");

            migrationBuilder.DropTable(
                name: "tax_property_owners");

            migrationBuilder.DropTable(
                name: "tax_schedules");

            migrationBuilder.DropTable(
                name: "tax_sign_declarations");

            migrationBuilder.DropTable(
                name: "tax_sign_photos");

            migrationBuilder.DropTable(
                name: "tax_assessments");

            migrationBuilder.DropTable(
                name: "tax_properties");

            migrationBuilder.DropTable(
                name: "tax_signs");

            migrationBuilder.DropTable(
                name: "tax_payers");
        }
    }
}
