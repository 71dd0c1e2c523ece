using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Menus;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.Seeding;
using LocalGov.Platform.Settings;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Estimator;
using LocalGov.Tax.LandBuilding;
using LocalGov.Tax.LatePayment;
using LocalGov.Tax.Notifications;
using LocalGov.Tax.Objections;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using LocalGov.Tax.Signboard;
using LocalGov.Tax.Signs;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Tax;

/// <summary>
/// Land-and-building tax and signboard tax: the register, rates as data per LAO and year, the annual assessment
/// with its notices and bills through Payments, late fines and warnings, objections, sign declarations, the public
/// estimator and the revenue dashboard. Rules and readings: docs/adr/0016-tax-rates-as-data.md.
/// </summary>
public sealed class TaxModule : LocalGovModule
{
    public const string ModuleName = "Tax";

    public override string Name => ModuleName;

    /// <summary>Bills go through Payments' <see cref="IBilling"/>: no LAO has this module without it.</summary>
    public override IReadOnlyList<string> Requires => [PaymentsContract.Module];
    public override LocalizedText DisplayName => new("ภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย", "Land, building and signboard tax");
    public override string? PagesArea => "Tax";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddScoped<TaxRates>();
        services.AddScoped<TaxRegistry>();
        services.AddScoped<AssessmentBilling>();
        services.AddScoped<AssessmentEngine>();
        services.AddScoped<AssessmentRuns>();
        services.AddScoped<Objections.Objections>();
        services.AddScoped<SignTaxes>();
        services.AddScoped<Estimates>();
        services.AddScoped<TaxMail>();
        services.AddScoped<IBillEventHandler, TaxBillEvents>();
        services.AddScoped<Platform.OpenData.IPublicServiceSource, OpenData.TaxServices>();
        Publishing.TaxPublishing.AddServices(services);
        RegistryStaffFeature.AddServices(services);
        Dashboard.DashboardFeature.AddServices(services);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        EstimatorApi.Map(endpoints);
        AssessmentEndpoints.Map(endpoints);
        Dashboard.DashboardFeature.Map(endpoints);
    }

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // value objects kept as JSON columns, never tables of their own
        modelBuilder.Ignore<ScheduleRates>();
        modelBuilder.Ignore<CategoryRates>();
        modelBuilder.Ignore<RateBand>();
        modelBuilder.Ignore<SignRate>();
        modelBuilder.Ignore<DepreciationRule>();
        modelBuilder.Ignore<UsePart>();
        modelBuilder.Ignore<AssessmentBreakdown>();
        modelBuilder.Ignore<AssessedProperty>();
        modelBuilder.Ignore<AssessedSign>();
        modelBuilder.Ignore<PartValue>();
        modelBuilder.Ignore<CategoryTax>();
        modelBuilder.Ignore<BandTax>();
        modelBuilder.Ignore<SignTax>();
        modelBuilder.Ignore<AssessmentRevision>();
        modelBuilder.Ignore<TaxBillLine>();
        modelBuilder.Ignore<DeclaredSign>();
        modelBuilder.Ignore<RunProblem>();

        modelBuilder.Entity<TaxSchedule>(b =>
        {
            b.ToTable("tax_schedules");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Year }).IsUnique();
            b.Property(x => x.Rates).HasJsonConversion();
            b.Property(x => x.Basis).HasMaxLength(300);
        });
        modelBuilder.Entity<TaxPayer>(b =>
        {
            b.ToTable("tax_payers");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Code }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.IdHash }).IsUnique();
            b.HasIndex(x => x.UserId);
            b.Property(x => x.Code).HasMaxLength(30);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Name).HasMaxLength(TaxPayer.MaxName);
            b.Property(x => x.IdCipher).HasMaxLength(1000);
            b.Property(x => x.IdHash).HasMaxLength(64);
            b.Property(x => x.IdMasked).HasMaxLength(20);
            b.Property(x => x.ClaimCode).HasMaxLength(LocalGov.Platform.PersonalData.ClaimCode.Length);
            b.Property(x => x.Email).HasMaxLength(256);
            b.Property(x => x.Phone).HasMaxLength(20);
            b.Property(x => x.Address).HasMaxLength(500);
        });
        modelBuilder.Entity<TaxProperty>(b =>
        {
            b.ToTable("tax_properties");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Code }).IsUnique();
            b.HasIndex(x => x.ParcelId);
            b.Property(x => x.Code).HasMaxLength(TaxProperty.MaxCode);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Location).HasMaxLength(300);
            b.Property(x => x.Subdistrict).HasMaxLength(100);
            b.Property(x => x.DeedType).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.DeedNumber).HasMaxLength(30);
            b.Property(x => x.AreaSquareWa).HasPrecision(14, 2);
            b.Property(x => x.PriceCode).HasMaxLength(AppraisalPrice.MaxCode);
            b.Property(x => x.Material).HasMaxLength(20);
            b.Property(x => x.FloorAreaM2).HasPrecision(14, 2);
            b.Property(x => x.UnitNumber).HasMaxLength(30);
            b.Property(x => x.Uses).HasJsonConversion().HasMaxLength(2000);
            b.Ignore(x => x.Area);
            b.Ignore(x => x.PriceKind);
        });
        modelBuilder.Entity<PropertyOwner>(b =>
        {
            b.ToTable("tax_property_owners");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.PropertyId, x.PayerId }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.PayerId }); // an owner's holdings: without the tenant in front, SQLite scans the LAO's owners per payer
            b.Property(x => x.SharePercent).HasPrecision(7, 4);
            b.HasOne<TaxProperty>().WithMany().HasForeignKey(x => x.PropertyId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<TaxPayer>().WithMany().HasForeignKey(x => x.PayerId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AppraisalPrice>(b =>
        {
            b.ToTable("tax_appraisal_prices");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Kind, x.Code, x.FromYear }).IsUnique();
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(15);
            b.Property(x => x.Code).HasMaxLength(AppraisalPrice.MaxCode);
            b.Property(x => x.Price).HasPrecision(14, 2);
            b.Property(x => x.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<TaxAssessment>(b =>
        {
            b.ToTable("tax_assessments");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.Kind, x.Year, x.PayerId, x.Subject }).IsUnique();
            b.HasIndex(x => x.PayerId);
            b.HasIndex(x => new { x.TenantId, x.Kind, x.DueDate });
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(15);
            b.Property(x => x.Number).HasMaxLength(30);
            b.Property(x => x.PayerName).HasMaxLength(TaxPayer.MaxName);
            b.Property(x => x.Subject).HasMaxLength(30);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.Value).HasPrecision(18, 2);
            b.Property(x => x.Tax).HasPrecision(16, 2);
            b.Property(x => x.Surcharge).HasPrecision(16, 2);
            b.Property(x => x.Billed).HasPrecision(16, 2);
            b.Property(x => x.Paid).HasPrecision(16, 2);
            b.Property(x => x.Overpaid).HasPrecision(16, 2);
            b.Property(x => x.Breakdown).HasJsonConversion();
            b.Property(x => x.History).HasJsonConversion();
            b.Ignore(x => x.Total);
            b.Ignore(x => x.Outstanding);
        });
        modelBuilder.Entity<TaxBill>(b =>
        {
            b.ToTable("tax_bills");
            b.HasKey(x => x.Id);
            b.HasIndex(x => x.BillId).IsUnique();
            b.HasIndex(x => x.AssessmentId);
            b.HasIndex(x => new { x.TenantId, x.Kind, x.Year });
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(15);
            b.Property(x => x.BillNumber).HasMaxLength(30);
            b.Property(x => x.Principal).HasPrecision(16, 2);
            b.Property(x => x.Paid).HasPrecision(16, 2);
            b.Property(x => x.Lines).HasJsonConversion().HasMaxLength(2000);
            b.Ignore(x => x.Outstanding);
            b.HasOne<TaxAssessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AssessmentRun>(b =>
        {
            b.ToTable("tax_assessment_runs");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Year }).IsUnique();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.StartedBy).HasMaxLength(256);
            b.Property(x => x.Error).HasMaxLength(1000);
            b.Property(x => x.Amount).HasPrecision(18, 2);
            b.Property(x => x.Problems).HasJsonConversion();
            b.Ignore(x => x.Percent);
        });
        modelBuilder.Entity<Objection>(b =>
        {
            b.ToTable("tax_objections");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
            b.HasIndex(x => x.AssessmentId);
            b.HasIndex(x => new { x.TenantId, x.Status });
            b.Property(x => x.Number).HasMaxLength(30);
            b.Property(x => x.AssessmentNumber).HasMaxLength(30);
            b.Property(x => x.Grounds).HasMaxLength(Objection.MaxText);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Decision).HasMaxLength(Objection.MaxText);
            b.Property(x => x.DecidedBy).HasMaxLength(256);
            b.Property(x => x.TotalBefore).HasPrecision(16, 2);
            b.Property(x => x.TotalAfter).HasPrecision(16, 2);
            b.HasOne<TaxAssessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Sign>(b =>
        {
            b.ToTable("tax_signs");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
            b.HasIndex(x => x.PayerId);
            b.Property(x => x.Number).HasMaxLength(30);
            b.Property(x => x.Place).HasMaxLength(Sign.MaxText);
            b.Property(x => x.Address).HasMaxLength(500);
            b.Property(x => x.Wording).HasMaxLength(500);
            b.HasOne<TaxPayer>().WithMany().HasForeignKey(x => x.PayerId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<SignPhoto>(b =>
        {
            b.ToTable("tax_sign_photos");
            b.HasKey(x => x.Id);
            b.HasIndex(x => x.SignId);
            b.Property(x => x.FileName).HasMaxLength(200);
            b.Property(x => x.ContentType).HasMaxLength(50);
            b.HasOne<Sign>().WithMany().HasForeignKey(x => x.SignId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SignDeclaration>(b =>
        {
            b.ToTable("tax_sign_declarations");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.Year, x.Status });
            b.HasIndex(x => x.PayerId);
            b.HasIndex(x => x.FiledByUserId);
            b.Property(x => x.Number).HasMaxLength(30);
            b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(15);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Signs).HasJsonConversion();
        });
    }

    public override void DefinePermissions(PermissionDefinitionContext context) => context
        .Add(TaxPermissions.Registry, new("จัดการทะเบียนทรัพย์สินและป้าย", "Keep the tax register (properties, owners, prices, signs)"),
            RoleTemplates.RevenueOfficer, RoleTemplates.TenantAdmin)
        .Add(TaxPermissions.Rates, new("กำหนดอัตราภาษีประจำปี", "Set the tax rates of a year"), RoleTemplates.TenantAdmin, RoleTemplates.RevenueOfficer)
        .Add(TaxPermissions.Assess, new("ประเมินภาษี", "Assess taxes"), RoleTemplates.RevenueOfficer, RoleTemplates.TenantAdmin)
        .Add(TaxPermissions.Objections, new("พิจารณาคำคัดค้านการประเมิน", "Decide objections to assessments"), RoleTemplates.RevenueOfficer, RoleTemplates.TenantAdmin)
        .Add(TaxPermissions.Reports, new("ดูรายงานรายได้ภาษี", "Read the tax revenue dashboard"), RoleTemplates.RevenueOfficer, RoleTemplates.TenantAdmin);

    public override void DefineSettings(SettingDefinitionContext context) => TaxSettings.Define(context);

    public override void DefineMenus(MenuDefinitionContext context) => context
        .Add(MenuArea.Resident, "tax-estimate", new("คำนวณภาษีที่ดินและป้าย", "Estimate your tax"), "/tax/estimate", order: 30)
        .Add(MenuArea.Resident, "tax-mine", new("ภาษีของฉัน", "My taxes"), "/tax/my", order: 31)
        .Add(MenuArea.Staff, "tax-registry", new("ทะเบียนทรัพย์สิน", "Tax register"), "/staff/tax/registry", TaxPermissions.Registry, order: 300)
        .Add(MenuArea.Staff, "tax-assessment", new("ประเมินภาษี", "Tax assessment"), "/staff/tax/assessment", TaxPermissions.Assess, order: 301)
        .Add(MenuArea.Staff, "tax-signs", new("ภาษีป้าย", "Signboard tax"), "/staff/tax/signs", TaxPermissions.Assess, order: 302)
        .Add(MenuArea.Staff, "tax-objections", new("คำคัดค้านการประเมิน", "Objections"), "/staff/tax/objections", TaxPermissions.Objections, order: 303)
        .Add(MenuArea.Staff, "tax-rates", new("อัตราภาษีประจำปี", "Tax rates"), "/staff/tax/rates", TaxPermissions.Rates, order: 304)
        .Add(MenuArea.Staff, "tax-dashboard", new("รายได้ภาษี", "Tax revenue"), "/staff/tax/dashboard", TaxPermissions.Reports, order: 305);

    public override void DefineJobs(JobDefinitionContext context)
    {
        context.AddRecurring(AssessmentRuns.DailyJob, "0 30 1 * * ?", AssessmentRuns.RunDailyAsync);
        context.AddRecurring(WarningNotices.Job, "0 0 8 * * ?", WarningNotices.RunAsync);
    }

    public override void DefineEmailTemplates(EmailTemplateContext context) => TaxMail.Define(context);

    /// <summary>Payers from before claim codes existed get one each (<see cref="LocalGov.Platform.PersonalData.ClaimCodeBackfill"/>).</summary>
    public override Task SeedHostAsync(LocalGov.Platform.Seeding.HostSeedContext context) =>
        LocalGov.Platform.PersonalData.ClaimCodeBackfill.FillAsync<TaxPayer>(context.Db, p => p.ClaimCode, context.CancellationToken);
}
