using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TaxOwnerIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_tax_property_owners_tenant_id_payer_id",
                table: "tax_property_owners",
                columns: new[] { "tenant_id", "payer_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tax_property_owners_tenant_id_payer_id",
                table: "tax_property_owners");
        }
    }
}
