using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Complaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complaints_categories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    name_th = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description_th = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sla_hours = table.Column<int>(type: "INTEGER", nullable: false),
                    confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    duplicate_radius_meters = table.Column<int>(type: "INTEGER", nullable: false),
                    keywords = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    group = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: true),
                    modified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    modified_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_categories", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tracking_code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    category_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    address_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    zipcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    channel_detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    reporter_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    reporter_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    reporter_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reporter_phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    culture = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    device_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    attributes_json = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    media_url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    access_key_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    access_key_cipher = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    confirmation_expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    officer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    officer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    filed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    overdue_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    resolved_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    status_notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    rating = table.Column<int>(type: "INTEGER", nullable: true),
                    rating_comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    reopen_count = table.Column<int>(type: "INTEGER", nullable: false),
                    transferred_to_lao = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    transferred_to_code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    transferred_from_lao = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    transferred_from_code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: true),
                    modified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    modified_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_complaints", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    complaint_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    public_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    internal_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_followers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    complaint_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_followers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_open311_clients",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    contact_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    key_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    key_prefix = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_used_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    request_count = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: true),
                    modified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    modified_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_open311_clients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    complaint_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    data = table.Column<byte[]>(type: "BLOB", nullable: false),
                    length = table.Column<int>(type: "INTEGER", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    hidden = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_photos", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_category_attributes",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    category_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    datatype = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    required = table.Column<bool>(type: "INTEGER", nullable: false),
                    variable = table.Column<bool>(type: "INTEGER", nullable: false),
                    description_th = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    datatype_description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    values = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints_category_attributes", x => new { x.category_id, x.code });
                    table.ForeignKey(
                        name: "fk_complaints_category_attributes_complaints_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "complaints_categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_categories_tenant_id",
                table: "complaints_categories",
                column: "tenant_id");

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
                name: "ix_complaints_complaints_tenant_id",
                table: "complaints_complaints",
                column: "tenant_id");

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
                name: "complaints_categories");
        }
    }
}
