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
                name: "platform_settings");

            migrationBuilder.DropTable(
                name: "platform_tenant_features");

            migrationBuilder.DropTable(
                name: "platform_tenant_host_names");

            migrationBuilder.DropTable(
                name: "platform_audit_logs");

            migrationBuilder.DropTable(
                name: "platform_tenants");
        }
    }
}
