using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WasteFees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wastefees_billing_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<int>(type: "INTEGER", nullable: false),
                    billing_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    started_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    heartbeat_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    total = table.Column<int>(type: "INTEGER", nullable: false),
                    done = table.Column<int>(type: "INTEGER", nullable: false),
                    billed = table.Column<int>(type: "INTEGER", nullable: false),
                    exempt = table.Column<int>(type: "INTEGER", nullable: false),
                    nothing_due = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wastefees_billing_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wastefees_fee_classes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name_th = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    producer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    litres_per_day = table.Column<int>(type: "INTEGER", nullable: false),
                    collection_rate = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    disposal_rate = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: true),
                    modified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    modified_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wastefees_fee_classes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wastefees_service_points",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_no = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    house_code = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    house_no = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    moo = table.Column<int>(type: "INTEGER", nullable: true),
                    soi = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    road = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    subdistrict = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    place_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    payer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    payer_id_cipher = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    payer_id_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    payer_id_masked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    payer_phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    payer_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    payer_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    fee_class_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    zone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    route = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    route_order = table.Column<int>(type: "INTEGER", nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    stop_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    exempt_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    exempt_evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    exempt_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    exempt_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: true),
                    modified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    modified_by = table.Column<string>(type: "TEXT", nullable: true)
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
                });

            migrationBuilder.CreateTable(
                name: "wastefees_charges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_point_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    zone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    route = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    fee_class_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    billable_days = table.Column<int>(type: "INTEGER", nullable: false),
                    exempt = table.Column<bool>(type: "INTEGER", nullable: false),
                    collection = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    disposal = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    bill_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    bill_number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    paid_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reminded_at = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                });

            migrationBuilder.CreateTable(
                name: "wastefees_exemption_evidence",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_point_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: true),
                    modified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    modified_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wastefees_exemption_evidence", x => x.id);
                    table.ForeignKey(
                        name: "fk_wastefees_exemption_evidence_wastefees_service_points_service_point_id",
                        column: x => x.service_point_id,
                        principalTable: "wastefees_service_points",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_billing_runs_tenant_id",
                table: "wastefees_billing_runs",
                column: "tenant_id");

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
                name: "ix_wastefees_charges_tenant_id",
                table: "wastefees_charges",
                column: "tenant_id");

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
                name: "ix_wastefees_fee_classes_tenant_id",
                table: "wastefees_fee_classes",
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
                name: "ix_wastefees_service_points_tenant_id",
                table: "wastefees_service_points",
                column: "tenant_id");

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
                name: "wastefees_billing_runs");

            migrationBuilder.DropTable(
                name: "wastefees_charges");

            migrationBuilder.DropTable(
                name: "wastefees_exemption_evidence");

            migrationBuilder.DropTable(
                name: "wastefees_service_points");

            migrationBuilder.DropTable(
                name: "wastefees_fee_classes");
        }
    }
}
