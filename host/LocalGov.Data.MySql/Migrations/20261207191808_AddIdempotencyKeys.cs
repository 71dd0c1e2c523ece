using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Data.MySql.Migrations
{
    /// <inheritdoc />
    public partial class AddIdempotencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_idempotency_keys",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false),
                    key = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    fingerprint = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    completed_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    status_code = table.Column<int>(type: "int", nullable: false),
                    location = table.Column<string>(type: "text", maxLength: 2000, nullable: true),
                    content_type = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true),
                    body = table.Column<byte[]>(type: "longblob", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_idempotency_keys", x => new { x.tenant_id, x.key });
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "ix_platform_idempotency_keys_created_at",
                table: "platform_idempotency_keys",
                column: "created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_idempotency_keys");
        }
    }
}
