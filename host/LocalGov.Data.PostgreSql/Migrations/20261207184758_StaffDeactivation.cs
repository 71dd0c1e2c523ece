using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class StaffDeactivation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "deactivated_at",
                table: "identity_users",
                type: "timestamp with time zone",
                nullable: true);
            // accounts deactivated before this migration were locked out for ever: they become closed accounts
            migrationBuilder.Sql("UPDATE identity_users SET deactivated_at = now(), lockout_end = NULL WHERE lockout_end >= '9999-01-01';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE identity_users SET lockout_enabled = TRUE, lockout_end = '9999-12-31 23:59:59.999999+00' WHERE deactivated_at IS NOT NULL;");
            migrationBuilder.DropColumn(
                name: "deactivated_at",
                table: "identity_users");
        }
    }
}
