using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BankReconciliation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments_bank_transactions");
        }
    }
}
