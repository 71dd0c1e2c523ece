using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddVerifiedNationalId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "national_id_verified_at",
                table: "identity_users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "national_id_verified_by",
                table: "identity_users",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "national_id_verified_at",
                table: "identity_users");

            migrationBuilder.DropColumn(
                name: "national_id_verified_by",
                table: "identity_users");
        }
    }
}
