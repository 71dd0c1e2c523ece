using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TenantIndexOnlyWhereNoneLeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_wastefees_service_points_tenant_id",
                table: "wastefees_service_points");

            migrationBuilder.DropIndex(
                name: "ix_wastefees_fee_classes_tenant_id",
                table: "wastefees_fee_classes");

            migrationBuilder.DropIndex(
                name: "ix_wastefees_charges_tenant_id",
                table: "wastefees_charges");

            migrationBuilder.DropIndex(
                name: "ix_wastefees_billing_runs_tenant_id",
                table: "wastefees_billing_runs");

            migrationBuilder.DropIndex(
                name: "ix_tax_signs_tenant_id",
                table: "tax_signs");

            migrationBuilder.DropIndex(
                name: "ix_tax_sign_declarations_tenant_id",
                table: "tax_sign_declarations");

            migrationBuilder.DropIndex(
                name: "ix_tax_schedules_tenant_id",
                table: "tax_schedules");

            migrationBuilder.DropIndex(
                name: "ix_tax_property_owners_tenant_id",
                table: "tax_property_owners");

            migrationBuilder.DropIndex(
                name: "ix_tax_properties_tenant_id",
                table: "tax_properties");

            migrationBuilder.DropIndex(
                name: "ix_tax_payers_tenant_id",
                table: "tax_payers");

            migrationBuilder.DropIndex(
                name: "ix_tax_objections_tenant_id",
                table: "tax_objections");

            migrationBuilder.DropIndex(
                name: "ix_tax_bills_tenant_id",
                table: "tax_bills");

            migrationBuilder.DropIndex(
                name: "ix_tax_assessments_tenant_id",
                table: "tax_assessments");

            migrationBuilder.DropIndex(
                name: "ix_tax_assessment_runs_tenant_id",
                table: "tax_assessment_runs");

            migrationBuilder.DropIndex(
                name: "ix_tax_appraisal_prices_tenant_id",
                table: "tax_appraisal_prices");

            migrationBuilder.DropIndex(
                name: "ix_permits_types_tenant_id",
                table: "permits_types");

            migrationBuilder.DropIndex(
                name: "ix_permits_permits_tenant_id",
                table: "permits_permits");

            migrationBuilder.DropIndex(
                name: "ix_permits_applications_tenant_id",
                table: "permits_applications");

            migrationBuilder.DropIndex(
                name: "ix_payments_payments_tenant_id",
                table: "payments_payments");

            migrationBuilder.DropIndex(
                name: "ix_payments_bills_tenant_id",
                table: "payments_bills");

            migrationBuilder.DropIndex(
                name: "ix_payments_bank_transactions_tenant_id",
                table: "payments_bank_transactions");

            migrationBuilder.DropIndex(
                name: "ix_complaints_complaints_tenant_id",
                table: "complaints_complaints");

            migrationBuilder.DropIndex(
                name: "ix_complaints_categories_tenant_id",
                table: "complaints_categories");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_wastefees_service_points_tenant_id",
                table: "wastefees_service_points",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_fee_classes_tenant_id",
                table: "wastefees_fee_classes",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_charges_tenant_id",
                table: "wastefees_charges",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_wastefees_billing_runs_tenant_id",
                table: "wastefees_billing_runs",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_signs_tenant_id",
                table: "tax_signs",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_sign_declarations_tenant_id",
                table: "tax_sign_declarations",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_schedules_tenant_id",
                table: "tax_schedules",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_property_owners_tenant_id",
                table: "tax_property_owners",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_properties_tenant_id",
                table: "tax_properties",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_payers_tenant_id",
                table: "tax_payers",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_objections_tenant_id",
                table: "tax_objections",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_bills_tenant_id",
                table: "tax_bills",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_assessments_tenant_id",
                table: "tax_assessments",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_assessment_runs_tenant_id",
                table: "tax_assessment_runs",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_appraisal_prices_tenant_id",
                table: "tax_appraisal_prices",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_types_tenant_id",
                table: "permits_types",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_permits_tenant_id",
                table: "permits_permits",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_permits_applications_tenant_id",
                table: "permits_applications",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_payments_tenant_id",
                table: "payments_payments",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_bills_tenant_id",
                table: "payments_bills",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_bank_transactions_tenant_id",
                table: "payments_bank_transactions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_complaints_tenant_id",
                table: "complaints_complaints",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_categories_tenant_id",
                table: "complaints_categories",
                column: "tenant_id");
        }
    }
}
