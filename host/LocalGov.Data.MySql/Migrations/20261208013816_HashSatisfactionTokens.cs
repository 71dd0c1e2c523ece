using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Data.MySql.Migrations
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

            // the tokens already mailed keep working: each stored token becomes its SHA-256 (hex), as new ones are stored
            migrationBuilder.Sql("UPDATE platform_satisfaction_surveys SET token_hash = SHA2(token_hash, 256) WHERE CHAR_LENGTH(token_hash) < 64;");
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
