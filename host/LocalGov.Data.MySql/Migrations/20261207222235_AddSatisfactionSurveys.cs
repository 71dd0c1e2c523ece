using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Data.MySql.Migrations
{
    /// <inheritdoc />
    public partial class AddSatisfactionSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_satisfaction_surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    tenant_id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_bin"),
                    module = table.Column<string>(type: "varchar(60)", maxLength: 60, nullable: false),
                    service_type = table.Column<string>(type: "varchar(60)", maxLength: 60, nullable: false),
                    service_th = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    service_en = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false),
                    case_reference = table.Column<string>(type: "varchar(60)", maxLength: 60, nullable: false),
                    recipient_user_id = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_bin"),
                    recipient_email = table.Column<string>(type: "text", maxLength: 320, nullable: true),
                    culture = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false),
                    return_path = table.Column<string>(type: "text", maxLength: 300, nullable: true),
                    token = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    completed_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    stars = table.Column<int>(type: "int", nullable: true),
                    comment = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    answered_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    month = table.Column<string>(type: "varchar(7)", maxLength: 7, nullable: true),
                    created_at = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    created_by = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true),
                    modified_at = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    modified_by = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_satisfaction_surveys", x => x.id);
                })
                .Annotation("MySQL:Charset", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "ix_platform_satisfaction_surveys_tenant_id_module_case_reference",
                table: "platform_satisfaction_surveys",
                columns: new[] { "tenant_id", "module", "case_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_satisfaction_surveys_tenant_id_month",
                table: "platform_satisfaction_surveys",
                columns: new[] { "tenant_id", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_satisfaction_surveys_tenant_id_recipient_user_id",
                table: "platform_satisfaction_surveys",
                columns: new[] { "tenant_id", "recipient_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_satisfaction_surveys_token",
                table: "platform_satisfaction_surveys",
                column: "token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_satisfaction_surveys");
        }
    }
}
