using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Data.MySql.Migrations
{
    /// <inheritdoc />
    public partial class BillLineEnglish : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "description_en",
                table: "payments_bill_lines",
                type: "text",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "description_en",
                table: "payments_bill_lines");
        }
    }
}
