using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "identity_users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    preferred_culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    national_id_cipher = table.Column<string>(type: "TEXT", nullable: true),
                    national_id_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    invitation_pending = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments_bank_transactions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bank_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ref1 = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ref2 = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    paid_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    problem = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    bill_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    receipt_number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: true),
                    modified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    modified_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_bank_transactions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments_bills",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ref1 = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    source_module = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    source_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    payer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    payer_reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    payer_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    payer_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    payer_id_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    cancel_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    penalty_json = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    installment_dates = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: true),
                    modified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    modified_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_bills", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments_payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bill_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    receipt_number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    principal = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    surcharge = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    interest = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    channel = table.Column<int>(type: "INTEGER", nullable: false),
                    paid_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    bank_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    voided = table.Column<bool>(type: "INTEGER", nullable: false),
                    void_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    voided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    voided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: true),
                    modified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    modified_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_payments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit_logs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    action = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    client_ip = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    error = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    executed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    duration_ms = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_audit_logs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_number_sequences",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    fiscal_year = table.Column<int>(type: "INTEGER", nullable: false),
                    last_value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_number_sequences", x => new { x.tenant_id, x.name, x.fiscal_year });
                });

            migrationBuilder.CreateTable(
                name: "platform_outbox_emails",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    to = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    html_body = table.Column<string>(type: "TEXT", nullable: false),
                    text_body = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    failed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_outbox_emails", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_permission_grants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    role_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    permission_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_permission_grants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_permission_seeds",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    permission_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_permission_seeds", x => new { x.tenant_id, x.permission_name });
                });

            migrationBuilder.CreateTable(
                name: "platform_secrets",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    protected_value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_secrets", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "platform_settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_tenants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    name_th = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    dopa_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    contact_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    contact_phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    suspension_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    modified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    modified_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_tenants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tenants_provinces",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    name_th = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenants_provinces", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "identity_role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    role_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
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
                });

            migrationBuilder.CreateTable(
                name: "identity_user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
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
                });

            migrationBuilder.CreateTable(
                name: "identity_user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false)
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
                });

            migrationBuilder.CreateTable(
                name: "identity_user_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role_id = table.Column<Guid>(type: "TEXT", nullable: false)
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
                });

            migrationBuilder.CreateTable(
                name: "identity_user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
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
                });

            migrationBuilder.CreateTable(
                name: "payments_bill_lines",
                columns: table => new
                {
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    bill_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    head = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
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
                });

            migrationBuilder.CreateTable(
                name: "platform_audit_entity_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    audit_log_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entity_type = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    entity_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    change_type = table.Column<int>(type: "INTEGER", nullable: false),
                    properties_json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_audit_entity_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_platform_audit_entity_changes_platform_audit_logs_audit_log_id",
                        column: x => x.audit_log_id,
                        principalTable: "platform_audit_logs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_tenant_features",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false)
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
                });

            migrationBuilder.CreateTable(
                name: "platform_tenant_host_names",
                columns: table => new
                {
                    host_name = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false)
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
                });

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
                name: "ix_payments_bank_transactions_tenant_id",
                table: "payments_bank_transactions",
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
                name: "ix_payments_bills_tenant_id",
                table: "payments_bills",
                column: "tenant_id");

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
                name: "ix_payments_payments_tenant_id",
                table: "payments_payments",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_payments_tenant_id_receipt_number",
                table: "payments_payments",
                columns: new[] { "tenant_id", "receipt_number" },
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
                name: "ix_platform_outbox_emails_sent_at_failed_at_next_attempt_at",
                table: "platform_outbox_emails",
                columns: new[] { "sent_at", "failed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_permission_grants_tenant_id_role_name_permission_name",
                table: "platform_permission_grants",
                columns: new[] { "tenant_id", "role_name", "permission_name" },
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "platform_audit_entity_changes");

            migrationBuilder.DropTable(
                name: "platform_data_protection_keys");

            migrationBuilder.DropTable(
                name: "platform_number_sequences");

            migrationBuilder.DropTable(
                name: "platform_outbox_emails");

            migrationBuilder.DropTable(
                name: "platform_permission_grants");

            migrationBuilder.DropTable(
                name: "platform_permission_seeds");

            migrationBuilder.DropTable(
                name: "platform_secrets");

            migrationBuilder.DropTable(
                name: "platform_settings");

            migrationBuilder.DropTable(
                name: "platform_tenant_features");

            migrationBuilder.DropTable(
                name: "platform_tenant_host_names");

            migrationBuilder.DropTable(
                name: "tenants_provinces");

            migrationBuilder.DropTable(
                name: "identity_roles");

            migrationBuilder.DropTable(
                name: "identity_users");

            migrationBuilder.DropTable(
                name: "payments_bills");

            migrationBuilder.DropTable(
                name: "platform_audit_logs");

            migrationBuilder.DropTable(
                name: "platform_tenants");
        }
    }
}
