using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Data.PostgreSql.Migrations
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    service_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    service_th = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    service_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    case_reference = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    recipient_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recipient_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    culture = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    return_path = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    stars = table.Column<int>(type: "integer", nullable: true),
                    comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    answered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    modified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_satisfaction_surveys", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_platform_satisfaction_surveys_tenant_id_module_case_referen~",
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
