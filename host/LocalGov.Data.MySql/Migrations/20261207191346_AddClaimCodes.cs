using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Data.MySql.Migrations
{
    /// <inheritdoc />
    public partial class AddClaimCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // empty here: every existing row gets its own random code at the next start (ClaimCodeBackfill, from
            // WasteFeesModule and TaxModule.SeedHostAsync), as SQL cannot draw from a CSPRNG alike on all three databases
            migrationBuilder.AddColumn<string>(
                name: "claim_code",
                table: "wastefees_service_points",
                type: "varchar(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "claim_code",
                table: "tax_payers",
                type: "varchar(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "claim_code",
                table: "wastefees_service_points");

            migrationBuilder.DropColumn(
                name: "claim_code",
                table: "tax_payers");
        }
    }
}
