using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HashSatisfactionTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "token",
                table: "platform_satisfaction_surveys",
                newName: "token_hash");

            migrationBuilder.RenameIndex(
                name: "ix_platform_satisfaction_surveys_token",
                table: "platform_satisfaction_surveys",
                newName: "ix_platform_satisfaction_surveys_token_hash");

            // SQLite has no SHA-256 function: a stored plain token is replaced by a random value, so it is gone from the
            // database; its mailed link stops working (a signed-in resident still rates it from the LAO's home)
            migrationBuilder.Sql("UPDATE platform_satisfaction_surveys SET token_hash = lower(hex(randomblob(32))) WHERE length(token_hash) < 64;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "token_hash",
                table: "platform_satisfaction_surveys",
                newName: "token");

            migrationBuilder.RenameIndex(
                name: "ix_platform_satisfaction_surveys_token_hash",
                table: "platform_satisfaction_surveys",
                newName: "ix_platform_satisfaction_surveys_token");
        }
    }
}
