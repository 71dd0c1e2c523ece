using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PayerIdHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "payer_id_hash",
                table: "payments_bills",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_bills_payer_id_hash",
                table: "payments_bills",
                column: "payer_id_hash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_payments_bills_payer_id_hash",
                table: "payments_bills");

            migrationBuilder.DropColumn(
                name: "payer_id_hash",
                table: "payments_bills");
        }
    }
}
