using System;
using Microsoft.EntityFrameworkCore.Migrations;
using MySql.EntityFrameworkCore.Metadata;

#nullable disable

namespace LocalGov.Data.MySql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "complaints_categories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    code = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    name_th = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    description_th = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    description_en = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    department = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    sla_hours = table.Column<int>(type: "int", nullable: false),
                    confidential = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    duplicate_radius_meters = table.Column<int>(type: "int", nullable: false),
                    keywords = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    group = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true),
                    active = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    sort_order = table.Column<int>(type: "int", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_categories", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "complaints_complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tracking_code = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: true),
                    category_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    confidential = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    description = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    latitude = table.Column<double>(type: "double", nullable: true),
                    longitude = table.Column<double>(type: "double", nullable: true),
                    address = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    address_id = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true),
                    zipcode = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: true),
                    channel = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    channel_detail = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true),
                    reporter_user_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    reporter_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true),
                    reporter_email = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    reporter_phone = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: true),
                    culture = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false),
                    device_id = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true),
                    account_id = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true),
                    attributes_json = table.Column<string>(type: "text", maxLength: 8000, nullable: true),
                    media_url = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    access_key_hash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true),
                    access_key_cipher = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    confirmation_expires_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    status = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    department = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    officer_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    officer_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true),
                    filed_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    due_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    overdue_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    resolved_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    closed_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    updated_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    status_notes = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    rating = table.Column<int>(type: "int", nullable: true),
                    rating_comment = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    reopen_count = table.Column<int>(type: "int", nullable: false),
                    transferred_to_lao = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true),
                    transferred_to_code = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: true),
                    transferred_from_lao = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true),
                    transferred_from_code = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_complaints", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "complaints_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    complaint_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    kind = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    actor = table.Column<string>(type: "text", maxLength: 300, nullable: true),
                    public_note = table.Column<string>(type: "text", maxLength: 2000, nullable: true),
                    internal_note = table.Column<string>(type: "text", maxLength: 2000, nullable: true),
                    department = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_events", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "complaints_followers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    complaint_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    user_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    email = table.Column<string>(type: "text", maxLength: 256, nullable: false),
                    at = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_followers", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "complaints_open311_clients",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    contact_email = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    key_hash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    key_prefix = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    revoked_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    last_used_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    request_count = table.Column<int>(type: "int", nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_open311_clients", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "complaints_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    complaint_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    kind = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    content_type = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    data = table.Column<byte[]>(type: "longblob", nullable: false),
                    length = table.Column<int>(type: "int", nullable: false),
                    sequence = table.Column<int>(type: "int", nullable: false),
                    hidden = table.Column<bool>(type: "tinyint(1)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_photos", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "identity_roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    name = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_roles", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "identity_users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    kind = table.Column<int>(type: "int", nullable: false),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    province_code = table.Column<string>(type: "varchar(2)", maxLength: 2, nullable: true),
                    display_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    preferred_culture = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    national_id_cipher = table.Column<string>(type: "longtext", nullable: true),
                    national_id_hash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true),
                    national_id_verified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    national_id_verified_by = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true),
                    invitation_pending = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    deactivated_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    user_name = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    password_hash = table.Column<string>(type: "longtext", nullable: true),
                    security_stamp = table.Column<string>(type: "longtext", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "longtext", nullable: true),
                    phone_number = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    lockout_end = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    access_failed_count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_users", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "payments_bank_transactions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    bank_reference = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false),
                    ref1 = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    ref2 = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: true),
                    amount = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    paid_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    source = table.Column<string>(type: "text", maxLength: 300, nullable: false),
                    status = table.Column<int>(type: "int", nullable: false),
                    problem = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    bill_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    receipt_number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: true),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_bank_transactions", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "payments_bills",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    ref1 = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    source_module = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    source_reference = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false),
                    payer_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    payer_reference = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: true),
                    payer_email = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    payer_user_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    payer_id_hash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true),
                    due_date = table.Column<DateTime>(type: "date", nullable: false),
                    status = table.Column<int>(type: "int", nullable: false),
                    cancel_reason = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    penalty_json = table.Column<string>(type: "text", maxLength: 2000, nullable: false),
                    installment_dates = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_bills", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "payments_payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    bill_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    receipt_number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    amount = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    principal = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    surcharge = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    interest = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    channel = table.Column<int>(type: "int", nullable: false),
                    paid_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    paid_on = table.Column<DateTime>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    bank_reference = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    voided = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    void_reason = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    voided_by = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    voided_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_payments", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "permits_types",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    code = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    kind = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    name_th = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    application_form = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: true),
                    certificate_name_th = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    certificate_name_en = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    law_th = table.Column<string>(type: "text", maxLength: 300, nullable: false),
                    law_en = table.Column<string>(type: "text", maxLength: 300, nullable: false),
                    appeal_th = table.Column<string>(type: "text", maxLength: 1000, nullable: false),
                    appeal_en = table.Column<string>(type: "text", maxLength: 1000, nullable: false),
                    decision_days = table.Column<int>(type: "int", nullable: false),
                    validity_months = table.Column<int>(type: "int", nullable: true),
                    inspection_required = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    area_required = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    area_above = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    area_at_most = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    fee_mode = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    fixed_fee = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    rate_per_square_metre = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    minimum_fee = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    maximum_fee = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    fee_categories = table.Column<string>(type: "text", maxLength: 8000, nullable: false),
                    documents = table.Column<string>(type: "text", maxLength: 8000, nullable: false),
                    fields = table.Column<string>(type: "text", maxLength: 8000, nullable: false),
                    checklist = table.Column<string>(type: "text", maxLength: 8000, nullable: false),
                    active = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_permits_types", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_audit_logs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    user_id = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true),
                    user_name = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    action = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    details = table.Column<string>(type: "text", maxLength: 2000, nullable: true),
                    client_ip = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true),
                    status_code = table.Column<int>(type: "int", nullable: true),
                    succeeded = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    error = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true),
                    executed_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    duration_ms = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_audit_logs", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySQL:ValueGenerationStrategy", MySQLValueGenerationStrategy.IdentityColumn),
                    friendly_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    xml = table.Column<string>(type: "longtext", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_data_protection_keys", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_held_uploads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    token_hash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    field = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false),
                    file_name = table.Column<string>(type: "varchar(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false),
                    data = table.Column<byte[]>(type: "longblob", nullable: false),
                    held_at = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_held_uploads", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_idempotency_keys",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    key = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    fingerprint = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    completed_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    status_code = table.Column<int>(type: "int", nullable: false),
                    location = table.Column<string>(type: "text", maxLength: 2000, nullable: true),
                    content_type = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true),
                    body = table.Column<byte[]>(type: "longblob", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_idempotency_keys", x => new { x.tenant_id, x.key });
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_number_sequences",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    name = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    fiscal_year = table.Column<int>(type: "int", nullable: false),
                    last_value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_number_sequences", x => new { x.tenant_id, x.name, x.fiscal_year });
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_outbox_emails",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    to = table.Column<string>(type: "text", maxLength: 320, nullable: false),
                    subject = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    html_body = table.Column<string>(type: "longtext", nullable: false),
                    text_body = table.Column<string>(type: "longtext", nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    attempts = table.Column<int>(type: "int", nullable: false),
                    sent_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    failed_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    last_error = table.Column<string>(type: "text", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_outbox_emails", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_permission_grants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    role_name = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false),
                    permission_name = table.Column<string>(type: "varchar(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_permission_grants", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_permission_seeds",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    permission_name = table.Column<string>(type: "varchar(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_permission_seeds", x => new { x.tenant_id, x.permission_name });
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_satisfaction_surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    module = table.Column<string>(type: "varchar(60)", maxLength: 60, nullable: false),
                    service_type = table.Column<string>(type: "varchar(60)", maxLength: 60, nullable: false),
                    service_th = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    service_en = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    case_reference = table.Column<string>(type: "varchar(60)", maxLength: 60, nullable: false),
                    recipient_user_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    recipient_email = table.Column<string>(type: "text", maxLength: 320, nullable: true),
                    culture = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false),
                    return_path = table.Column<string>(type: "text", maxLength: 300, nullable: true),
                    token_hash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    completed_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    stars = table.Column<int>(type: "int", nullable: true),
                    comment = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    answered_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    month = table.Column<string>(type: "varchar(7)", maxLength: 7, nullable: true),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_satisfaction_surveys", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_secrets",
                columns: table => new
                {
                    name = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false),
                    protected_value = table.Column<string>(type: "longtext", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_secrets", x => x.name);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    name = table.Column<string>(type: "varchar(150)", maxLength: 150, nullable: false),
                    value = table.Column<string>(type: "text", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_settings", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_tenants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    code = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    name_th = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "int", nullable: false),
                    province_code = table.Column<string>(type: "varchar(2)", maxLength: 2, nullable: false),
                    dopa_code = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: true),
                    contact_email = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    contact_phone = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: true),
                    status = table.Column<int>(type: "int", nullable: false),
                    suspension_reason = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_tenants", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tax_appraisal_prices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    kind = table.Column<string>(type: "varchar(15)", maxLength: 15, nullable: false),
                    code = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    from_year = table.Column<int>(type: "int", nullable: false),
                    price = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_appraisal_prices", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tax_assessment_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    year = table.Column<int>(type: "int", nullable: false),
                    notice_date = table.Column<DateTime>(type: "date", nullable: false),
                    status = table.Column<string>(type: "varchar(12)", maxLength: 12, nullable: false),
                    started_by = table.Column<string>(type: "text", maxLength: 256, nullable: false),
                    attempts = table.Column<int>(type: "int", nullable: false),
                    started_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    heartbeat_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    finished_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    total = table.Column<int>(type: "int", nullable: false),
                    done = table.Column<int>(type: "int", nullable: false),
                    assessed = table.Column<int>(type: "int", nullable: false),
                    billed = table.Column<int>(type: "int", nullable: false),
                    nothing_due = table.Column<int>(type: "int", nullable: false),
                    skipped = table.Column<int>(type: "int", nullable: false),
                    amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    problems = table.Column<string>(type: "longtext", nullable: false),
                    error = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_assessment_runs", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tax_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    kind = table.Column<string>(type: "varchar(15)", maxLength: 15, nullable: false),
                    year = table.Column<int>(type: "int", nullable: false),
                    number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    payer_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    payer_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    subject = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    revision = table.Column<int>(type: "int", nullable: false),
                    status = table.Column<string>(type: "varchar(12)", maxLength: 12, nullable: false),
                    value = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    tax = table.Column<decimal>(type: "decimal(16,2)", precision: 16, scale: 2, nullable: false),
                    surcharge = table.Column<decimal>(type: "decimal(16,2)", precision: 16, scale: 2, nullable: false),
                    breakdown = table.Column<string>(type: "longtext", nullable: false),
                    notice_date = table.Column<DateTime>(type: "date", nullable: false),
                    due_date = table.Column<DateTime>(type: "date", nullable: false),
                    billed = table.Column<decimal>(type: "decimal(16,2)", precision: 16, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "decimal(16,2)", precision: 16, scale: 2, nullable: false),
                    overpaid = table.Column<decimal>(type: "decimal(16,2)", precision: 16, scale: 2, nullable: false),
                    installments = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    warning_issued_on = table.Column<DateTime>(type: "date", nullable: true),
                    warning_deadline = table.Column<DateTime>(type: "date", nullable: true),
                    notified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    history = table.Column<string>(type: "longtext", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_assessments", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tax_payers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    code = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    kind = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    id_cipher = table.Column<string>(type: "text", maxLength: 1000, nullable: false),
                    id_hash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    id_masked = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    email = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    phone = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: true),
                    address = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    claim_code = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    user_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_payers", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tax_properties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    code = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    kind = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    location = table.Column<string>(type: "text", maxLength: 300, nullable: false),
                    subdistrict = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true),
                    deed_type = table.Column<string>(type: "varchar(12)", maxLength: 12, nullable: true),
                    deed_number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: true),
                    area_square_wa = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: true),
                    price_code = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: true),
                    parcel_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    material = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: true),
                    floor_area_m2 = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: true),
                    year_built = table.Column<int>(type: "int", nullable: true),
                    unit_number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: true),
                    uses = table.Column<string>(type: "text", maxLength: 2000, nullable: false),
                    active = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_properties", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tax_schedules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    year = table.Column<int>(type: "int", nullable: false),
                    rates = table.Column<string>(type: "longtext", nullable: false),
                    basis = table.Column<string>(type: "text", maxLength: 300, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_schedules", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tax_sign_declarations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    year = table.Column<int>(type: "int", nullable: false),
                    payer_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    channel = table.Column<string>(type: "varchar(15)", maxLength: 15, nullable: false),
                    filed_on = table.Column<DateTime>(type: "date", nullable: false),
                    filed_by_user_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    signs = table.Column<string>(type: "longtext", nullable: false),
                    status = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    assessment_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_sign_declarations", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tenants_provinces",
                columns: table => new
                {
                    code = table.Column<string>(type: "varchar(2)", maxLength: 2, nullable: false),
                    name_th = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenants_provinces", x => x.code);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "wastefees_billing_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    period = table.Column<int>(type: "int", nullable: false),
                    billing_date = table.Column<DateTime>(type: "date", nullable: false),
                    due_date = table.Column<DateTime>(type: "date", nullable: false),
                    status = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    started_by = table.Column<string>(type: "text", maxLength: 256, nullable: false),
                    attempts = table.Column<int>(type: "int", nullable: false),
                    started_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    heartbeat_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    finished_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    total = table.Column<int>(type: "int", nullable: false),
                    done = table.Column<int>(type: "int", nullable: false),
                    billed = table.Column<int>(type: "int", nullable: false),
                    exempt = table.Column<int>(type: "int", nullable: false),
                    nothing_due = table.Column<int>(type: "int", nullable: false),
                    amount = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    error = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wastefees_billing_runs", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "wastefees_fee_classes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    code = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    name_th = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    producer = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    litres_per_day = table.Column<int>(type: "int", nullable: false),
                    collection_rate = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    disposal_rate = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    active = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    order = table.Column<int>(type: "int", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wastefees_fee_classes", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "complaints_category_attributes",
                columns: table => new
                {
                    code = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    category_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    order = table.Column<int>(type: "int", nullable: false),
                    datatype = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    required = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    variable = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    description_th = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    description_en = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    datatype_description = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    values = table.Column<string>(type: "text", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_category_attributes", x => new { x.category_id, x.code });
                    table.ForeignKey(
                        name: "fk_complaints_category_attributes_complaints_categories_categor~",
                        column: x => x.category_id,
                        principalTable: "complaints_categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "identity_role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySQL:ValueGenerationStrategy", MySQLValueGenerationStrategy.IdentityColumn),
                    role_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    claim_type = table.Column<string>(type: "longtext", nullable: true),
                    claim_value = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_identity_role_claims_identity_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "identity_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "identity_user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySQL:ValueGenerationStrategy", MySQLValueGenerationStrategy.IdentityColumn),
                    user_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    claim_type = table.Column<string>(type: "longtext", nullable: true),
                    claim_value = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_identity_user_claims_identity_users_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "identity_user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false),
                    provider_key = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false),
                    provider_display_name = table.Column<string>(type: "longtext", nullable: true),
                    user_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_identity_user_logins_identity_users_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "identity_user_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    role_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_identity_user_roles_identity_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "identity_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_identity_user_roles_identity_users_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "identity_user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    login_provider = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false),
                    value = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_identity_user_tokens_identity_users_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "payments_bill_lines",
                columns: table => new
                {
                    sequence = table.Column<int>(type: "int", nullable: false),
                    bill_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    head = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    description = table.Column<string>(type: "text", maxLength: 300, nullable: false),
                    description_en = table.Column<string>(type: "text", maxLength: 300, nullable: true),
                    amount = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_bill_lines", x => new { x.bill_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_payments_bill_lines_payments_bills_bill_id",
                        column: x => x.bill_id,
                        principalTable: "payments_bills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "permits_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    permit_type_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    kind = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    channel = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    renews_permit_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    unchanged = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    applicant_kind = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    applicant_user_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    applicant_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    applicant_id_cipher = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    applicant_id_hash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true),
                    applicant_id_masked = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: true),
                    juristic_tax_id = table.Column<string>(type: "varchar(13)", maxLength: 13, nullable: true),
                    applicant_email = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    applicant_phone = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: true),
                    culture = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false),
                    business_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    premises_address = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    area_square_metres = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    fee_category = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: true),
                    answers = table.Column<string>(type: "text", maxLength: 8000, nullable: false),
                    status = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    submitted_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    received_by = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    clock_started_on = table.Column<DateTime>(type: "date", nullable: true),
                    due_on = table.Column<DateTime>(type: "date", nullable: true),
                    documents_requested_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    documents_request = table.Column<string>(type: "text", maxLength: 2000, nullable: true),
                    documents_requested_by = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    documents_due_on = table.Column<DateTime>(type: "date", nullable: true),
                    documents_supplied_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    officer_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    officer_name = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    late_reason = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    late_notices = table.Column<int>(type: "int", nullable: false),
                    last_late_notice_on = table.Column<DateTime>(type: "date", nullable: true),
                    decided_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    decided_on = table.Column<DateTime>(type: "date", nullable: true),
                    decision_due_on = table.Column<DateTime>(type: "date", nullable: true),
                    decided_by = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    decision_reasons = table.Column<string>(type: "text", maxLength: 2000, nullable: true),
                    appeal_info = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    decision_notified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    fee = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    bill_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    bill_number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: true),
                    permit_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
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
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_audit_entity_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    audit_log_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    entity_type = table.Column<string>(type: "varchar(150)", maxLength: 150, nullable: false),
                    entity_id = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    change_type = table.Column<int>(type: "int", nullable: false),
                    properties_json = table.Column<string>(type: "longtext", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_audit_entity_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_platform_audit_entity_changes_platform_audit_logs_audit_log_~",
                        column: x => x.audit_log_id,
                        principalTable: "platform_audit_logs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_tenant_features",
                columns: table => new
                {
                    name = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    enabled = table.Column<bool>(type: "tinyint(1)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_tenant_features", x => new { x.tenant_id, x.name });
                    table.ForeignKey(
                        name: "fk_platform_tenant_features_platform_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "platform_tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "platform_tenant_host_names",
                columns: table => new
                {
                    host_name = table.Column<string>(type: "varchar(253)", maxLength: 253, nullable: false),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_tenant_host_names", x => x.host_name);
                    table.ForeignKey(
                        name: "fk_platform_tenant_host_names_platform_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "platform_tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tax_bills",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    assessment_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    kind = table.Column<string>(type: "varchar(15)", maxLength: 15, nullable: false),
                    year = table.Column<int>(type: "int", nullable: false),
                    bill_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    bill_number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    revision = table.Column<int>(type: "int", nullable: false),
                    due_date = table.Column<DateTime>(type: "date", nullable: false),
                    principal = table.Column<decimal>(type: "decimal(16,2)", precision: 16, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "decimal(16,2)", precision: 16, scale: 2, nullable: false),
                    cancelled = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    paid_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    lines = table.Column<string>(type: "text", maxLength: 2000, nullable: false)
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
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tax_objections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    assessment_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    assessment_number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    grounds = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    filed_by_user_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    filed_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    status = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    decision = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    decided_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    decided_by = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    total_before = table.Column<decimal>(type: "decimal(16,2)", precision: 16, scale: 2, nullable: true),
                    total_after = table.Column<decimal>(type: "decimal(16,2)", precision: 16, scale: 2, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
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
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tax_signs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    payer_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    place = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    wording = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    type = table.Column<int>(type: "int", nullable: false),
                    moving = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    width_cm = table.Column<int>(type: "int", nullable: false),
                    height_cm = table.Column<int>(type: "int", nullable: false),
                    installed_on = table.Column<DateTime>(type: "date", nullable: false),
                    removed_on = table.Column<DateTime>(type: "date", nullable: true),
                    photo_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
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
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tax_property_owners",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    property_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    payer_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    share_percent = table.Column<decimal>(type: "decimal(7,4)", precision: 7, scale: 4, nullable: false),
                    in_house_register = table.Column<bool>(type: "tinyint(1)", nullable: false)
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
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "wastefees_service_points",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    account_no = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    house_code = table.Column<string>(type: "varchar(11)", maxLength: 11, nullable: true),
                    house_no = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    moo = table.Column<int>(type: "int", nullable: true),
                    soi = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true),
                    road = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true),
                    subdistrict = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false),
                    place_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true),
                    payer_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    payer_id_cipher = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    payer_id_hash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true),
                    payer_id_masked = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: true),
                    payer_phone = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: true),
                    payer_email = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    claim_code = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    payer_user_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    fee_class_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    zone = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    route = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    route_order = table.Column<int>(type: "int", nullable: false),
                    start_date = table.Column<DateTime>(type: "date", nullable: false),
                    stop_date = table.Column<DateTime>(type: "date", nullable: true),
                    exempt_reason = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    exempt_evidence = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    exempt_from = table.Column<DateTime>(type: "date", nullable: true),
                    exempt_until = table.Column<DateTime>(type: "date", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wastefees_service_points", x => x.id);
                    table.ForeignKey(
                        name: "fk_wastefees_service_points_wastefees_fee_classes_fee_class_id",
                        column: x => x.fee_class_id,
                        principalTable: "wastefees_fee_classes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "permits_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    application_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    document_code = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    file_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    data = table.Column<byte[]>(type: "longblob", nullable: false),
                    length = table.Column<int>(type: "int", nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    supplement = table.Column<bool>(type: "tinyint(1)", nullable: false)
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
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "permits_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    application_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    kind = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    actor = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    note = table.Column<string>(type: "text", maxLength: 2000, nullable: true)
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
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "permits_inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    application_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    scheduled_on = table.Column<DateTime>(type: "date", nullable: false),
                    inspector = table.Column<string>(type: "text", maxLength: 256, nullable: false),
                    result = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    answers = table.Column<string>(type: "text", maxLength: 8000, nullable: false),
                    notes = table.Column<string>(type: "text", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    recorded_by = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
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
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "permits_permits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false),
                    permit_type_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    application_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    renewed_by_application_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    holder_user_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    holder_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    holder_email = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    business_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    premises_address = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    conditions = table.Column<string>(type: "text", maxLength: 2000, nullable: true),
                    issued_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    valid_from = table.Column<DateTime>(type: "date", nullable: false),
                    valid_until = table.Column<DateTime>(type: "date", nullable: true),
                    status = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    status_reason = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    status_changed_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    verification_code = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    renewal_reminded_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
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
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "tax_sign_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    sign_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    file_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    content = table.Column<byte[]>(type: "longblob", nullable: false)
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
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "wastefees_charges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    service_point_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    period = table.Column<int>(type: "int", nullable: false),
                    kind = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false),
                    zone = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    route = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    fee_class_code = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    billable_days = table.Column<int>(type: "int", nullable: false),
                    exempt = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    collection = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    disposal = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    bill_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    bill_number = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: true),
                    due_date = table.Column<DateTime>(type: "date", nullable: true),
                    paid_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    reminded_at = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wastefees_charges", x => x.id);
                    table.ForeignKey(
                        name: "fk_wastefees_charges_wastefees_service_points_service_point_id",
                        column: x => x.service_point_id,
                        principalTable: "wastefees_service_points",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "wastefees_exemption_evidence",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    service_point_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    file_name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    content = table.Column<byte[]>(type: "longblob", nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "longtext", nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "longtext", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wastefees_exemption_evidence", x => x.id);
                    table.ForeignKey(
                        name: "fk_wastefees_exemption_evidence_wastefees_service_points_servic~",
                        column: x => x.service_point_id,
                        principalTable: "wastefees_service_points",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "permits_inspection_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    inspection_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    content_type = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: false),
                    data = table.Column<byte[]>(type: "longblob", nullable: false),
                    length = table.Column<int>(type: "int", nullable: false)
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
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_categories_tenant_id_code",
                table: "complaints_categories",
                columns: new[] { "tenant_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_complaints_reporter_user_id",
                table: "complaints_complaints",
                column: "reporter_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_complaints_tenant_id_category_id_status",
                table: "complaints_complaints",
                columns: new[] { "tenant_id", "category_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_complaints_tenant_id_filed_at",
                table: "complaints_complaints",
                columns: new[] { "tenant_id", "filed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_complaints_tenant_id_status_due_at",
                table: "complaints_complaints",
                columns: new[] { "tenant_id", "status", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_complaints_tenant_id_tracking_code",
                table: "complaints_complaints",
                columns: new[] { "tenant_id", "tracking_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_events_complaint_id_at",
                table: "complaints_events",
                columns: new[] { "complaint_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_events_tenant_id",
                table: "complaints_events",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_followers_complaint_id_user_id",
                table: "complaints_followers",
                columns: new[] { "complaint_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_followers_tenant_id",
                table: "complaints_followers",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_open311_clients_key_hash",
                table: "complaints_open311_clients",
                column: "key_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_open311_clients_tenant_id",
                table: "complaints_open311_clients",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_photos_complaint_id",
                table: "complaints_photos",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_photos_tenant_id",
                table: "complaints_photos",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_role_claims_role_id",
                table: "identity_role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_roles_normalized_name",
                table: "identity_roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_claims_user_id",
                table: "identity_user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_logins_user_id",
                table: "identity_user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_roles_role_id",
                table: "identity_user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_users_national_id_hash",
                table: "identity_users",
                column: "national_id_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_identity_users_normalized_email",
                table: "identity_users",
                column: "normalized_email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_identity_users_normalized_user_name",
                table: "identity_users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_identity_users_tenant_id",
                table: "identity_users",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_bank_transactions_tenant_id_bank_reference",
                table: "payments_bank_transactions",
                columns: new[] { "tenant_id", "bank_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_bank_transactions_tenant_id_status",
                table: "payments_bank_transactions",
                columns: new[] { "tenant_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_bills_payer_id_hash",
                table: "payments_bills",
                column: "payer_id_hash");

            migrationBuilder.CreateIndex(
                name: "ix_payments_bills_payer_reference",
                table: "payments_bills",
                column: "payer_reference");

            migrationBuilder.CreateIndex(
                name: "ix_payments_bills_payer_user_id",
                table: "payments_bills",
                column: "payer_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_bills_source_module_source_reference",
                table: "payments_bills",
                columns: new[] { "source_module", "source_reference" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_bills_tenant_id_number",
                table: "payments_bills",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_bills_tenant_id_ref1",
                table: "payments_bills",
                columns: new[] { "tenant_id", "ref1" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_payments_bill_id",
                table: "payments_payments",
                column: "bill_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_payments_tenant_id_receipt_number",
                table: "payments_payments",
                columns: new[] { "tenant_id", "receipt_number" },
                unique: true);

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
                name: "ix_permits_types_tenant_id_code",
                table: "permits_types",
                columns: new[] { "tenant_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_audit_entity_changes_audit_log_id",
                table: "platform_audit_entity_changes",
                column: "audit_log_id");

            migrationBuilder.CreateIndex(
                name: "ix_platform_audit_entity_changes_entity_type_entity_id",
                table: "platform_audit_entity_changes",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_audit_logs_tenant_id_executed_at",
                table: "platform_audit_logs",
                columns: new[] { "tenant_id", "executed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_held_uploads_held_at",
                table: "platform_held_uploads",
                column: "held_at");

            migrationBuilder.CreateIndex(
                name: "ix_platform_held_uploads_tenant_id_token_hash",
                table: "platform_held_uploads",
                columns: new[] { "tenant_id", "token_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_idempotency_keys_created_at",
                table: "platform_idempotency_keys",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_platform_outbox_emails_sent_at_failed_at_next_attempt_at",
                table: "platform_outbox_emails",
                columns: new[] { "sent_at", "failed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_permission_grants_tenant_id_role_name_permission_na~",
                table: "platform_permission_grants",
                columns: new[] { "tenant_id", "role_name", "permission_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_satisfaction_surveys_tenant_id_module_case_reference",
                table: "platform_satisfaction_surveys",
                columns: new[] { "tenant_id", "module", "case_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_satisfaction_surveys_tenant_id_month",
                table: "platform_satisfaction_surveys",
                columns: new[] { "tenant_id", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_satisfaction_surveys_tenant_id_recipient_user_id",
                table: "platform_satisfaction_surveys",
                columns: new[] { "tenant_id", "recipient_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_satisfaction_surveys_token_hash",
                table: "platform_satisfaction_surveys",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_settings_tenant_id_name",
                table: "platform_settings",
                columns: new[] { "tenant_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_tenant_host_names_tenant_id",
                table: "platform_tenant_host_names",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_platform_tenants_code",
                table: "platform_tenants",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_tenants_province_code",
                table: "platform_tenants",
                column: "province_code");

            migrationBuilder.CreateIndex(
                name: "ix_tax_appraisal_prices_tenant_id_kind_code_from_year",
                table: "tax_appraisal_prices",
                columns: new[] { "tenant_id", "kind", "code", "from_year" },
                unique: true);

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
                name: "ix_tax_bills_tenant_id_kind_year",
                table: "tax_bills",
                columns: new[] { "tenant_id", "kind", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_tax_objections_assessment_id",
                table: "tax_objections",
                column: "assessment_id");

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
                name: "ix_tax_property_owners_tenant_id_payer_id",
                table: "tax_property_owners",
                columns: new[] { "tenant_id", "payer_id" });

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
                name: "ix_tax_signs_tenant_id_number",
                table: "tax_signs",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_billing_runs_tenant_id_period",
                table: "wastefees_billing_runs",
                columns: new[] { "tenant_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_charges_bill_id",
                table: "wastefees_charges",
                column: "bill_id");

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_charges_service_point_id_period",
                table: "wastefees_charges",
                columns: new[] { "service_point_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_charges_tenant_id_due_date",
                table: "wastefees_charges",
                columns: new[] { "tenant_id", "due_date" });

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_charges_tenant_id_period_zone",
                table: "wastefees_charges",
                columns: new[] { "tenant_id", "period", "zone" });

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_exemption_evidence_service_point_id",
                table: "wastefees_exemption_evidence",
                column: "service_point_id");

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_exemption_evidence_tenant_id",
                table: "wastefees_exemption_evidence",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_fee_classes_tenant_id_code",
                table: "wastefees_fee_classes",
                columns: new[] { "tenant_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_service_points_fee_class_id",
                table: "wastefees_service_points",
                column: "fee_class_id");

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_service_points_payer_user_id",
                table: "wastefees_service_points",
                column: "payer_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_service_points_tenant_id_account_no",
                table: "wastefees_service_points",
                columns: new[] { "tenant_id", "account_no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_service_points_tenant_id_house_code",
                table: "wastefees_service_points",
                columns: new[] { "tenant_id", "house_code" });

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_service_points_tenant_id_payer_id_hash",
                table: "wastefees_service_points",
                columns: new[] { "tenant_id", "payer_id_hash" });

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_service_points_tenant_id_route_route_order",
                table: "wastefees_service_points",
                columns: new[] { "tenant_id", "route", "route_order" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaints_category_attributes");

            migrationBuilder.DropTable(
                name: "complaints_complaints");

            migrationBuilder.DropTable(
                name: "complaints_events");

            migrationBuilder.DropTable(
                name: "complaints_followers");

            migrationBuilder.DropTable(
                name: "complaints_open311_clients");

            migrationBuilder.DropTable(
                name: "complaints_photos");

            migrationBuilder.DropTable(
                name: "identity_role_claims");

            migrationBuilder.DropTable(
                name: "identity_user_claims");

            migrationBuilder.DropTable(
                name: "identity_user_logins");

            migrationBuilder.DropTable(
                name: "identity_user_roles");

            migrationBuilder.DropTable(
                name: "identity_user_tokens");

            migrationBuilder.DropTable(
                name: "payments_bank_transactions");

            migrationBuilder.DropTable(
                name: "payments_bill_lines");

            migrationBuilder.DropTable(
                name: "payments_payments");

            migrationBuilder.DropTable(
                name: "permits_documents");

            migrationBuilder.DropTable(
                name: "permits_events");

            migrationBuilder.DropTable(
                name: "permits_inspection_photos");

            migrationBuilder.DropTable(
                name: "permits_permits");

            migrationBuilder.DropTable(
                name: "platform_audit_entity_changes");

            migrationBuilder.DropTable(
                name: "platform_data_protection_keys");

            migrationBuilder.DropTable(
                name: "platform_held_uploads");

            migrationBuilder.DropTable(
                name: "platform_idempotency_keys");

            migrationBuilder.DropTable(
                name: "platform_number_sequences");

            migrationBuilder.DropTable(
                name: "platform_outbox_emails");

            migrationBuilder.DropTable(
                name: "platform_permission_grants");

            migrationBuilder.DropTable(
                name: "platform_permission_seeds");

            migrationBuilder.DropTable(
                name: "platform_satisfaction_surveys");

            migrationBuilder.DropTable(
                name: "platform_secrets");

            migrationBuilder.DropTable(
                name: "platform_settings");

            migrationBuilder.DropTable(
                name: "platform_tenant_features");

            migrationBuilder.DropTable(
                name: "platform_tenant_host_names");

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
                name: "tenants_provinces");

            migrationBuilder.DropTable(
                name: "wastefees_billing_runs");

            migrationBuilder.DropTable(
                name: "wastefees_charges");

            migrationBuilder.DropTable(
                name: "wastefees_exemption_evidence");

            migrationBuilder.DropTable(
                name: "complaints_categories");

            migrationBuilder.DropTable(
                name: "identity_roles");

            migrationBuilder.DropTable(
                name: "identity_users");

            migrationBuilder.DropTable(
                name: "payments_bills");

            migrationBuilder.DropTable(
                name: "permits_inspections");

            migrationBuilder.DropTable(
                name: "platform_audit_logs");

            migrationBuilder.DropTable(
                name: "platform_tenants");

            migrationBuilder.DropTable(
                name: "tax_assessments");

            migrationBuilder.DropTable(
                name: "tax_properties");

            migrationBuilder.DropTable(
                name: "tax_signs");

            migrationBuilder.DropTable(
                name: "wastefees_service_points");

            migrationBuilder.DropTable(
                name: "permits_applications");

            migrationBuilder.DropTable(
                name: "tax_payers");

            migrationBuilder.DropTable(
                name: "wastefees_fee_classes");

            migrationBuilder.DropTable(
                name: "permits_types");
        }
    }
}
