using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Menus;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.Seeding;
using LocalGov.Platform.Settings;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.FeeClasses;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.WasteFees;

/// <summary>
/// Waste-collection fees: the LAO registers the houses and businesses it collects from, bills them every month
/// through Payments, collects door to door and online, reminds the late and reports what came in.
/// </summary>
public sealed class WasteFeesModule : LocalGovModule
{
    public const string FeatureName = "Modules.WasteFees";

    public override string Name => ServicePoints.WasteSatisfaction.Module;
    public override LocalizedText DisplayName => new("ค่าธรรมเนียมเก็บขนขยะ", "Waste fees");
    public override string? PagesArea => "WasteFees";

    /// <summary>Bills go through Payments' <see cref="IBilling"/>: no LAO has this module without it.</summary>
    public override IReadOnlyList<string> Requires => [PaymentsContract.Module];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddScoped<ServicePointRegistry>();
        context.Services.AddScoped<WasteSatisfaction>();
        context.Services.AddScoped<BillingEngine>();
        context.Services.AddScoped<BillingRuns>();
        context.Services.AddScoped<Prepayment>();
        context.Services.AddScoped<IBillEventHandler, WasteBillEvents>();
        Import.ImportFeature.AddServices(context.Services);
        Collection.CollectionFeature.AddServices(context.Services);
        Reminders.RemindersFeature.AddServices(context.Services);
        Reports.ReportsFeature.AddServices(context.Services);
        context.Services.AddScoped<Platform.OpenData.IOpenDataset, OpenData.WasteCoverageDataset>();
        context.Services.AddScoped<Platform.OpenData.IPublicServiceSource, OpenData.WasteServices>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        Billing.BillingEndpoints.Map(endpoints);
        Import.ImportFeature.Map(endpoints);
        Collection.CollectionFeature.Map(endpoints);
        Reports.ReportsFeature.Map(endpoints);
    }

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FeeClass>(b =>
        {
            b.ToTable("wastefees_fee_classes");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Code }).IsUnique();
            b.Property(x => x.Code).HasMaxLength(FeeClass.MaxCodeLength);
            b.Property(x => x.NameTh).HasMaxLength(200);
            b.Property(x => x.NameEn).HasMaxLength(200);
            b.Property(x => x.Producer).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.CollectionRate).HasPrecision(12, 2);
            b.Property(x => x.DisposalRate).HasPrecision(12, 2);
        });
        modelBuilder.Entity<ServicePoint>(b =>
        {
            b.ToTable("wastefees_service_points");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.AccountNo }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.HouseCode });
            b.HasIndex(x => new { x.TenantId, x.Route, x.RouteOrder });
            b.HasIndex(x => new { x.TenantId, x.PayerIdHash });
            b.HasIndex(x => x.PayerUserId);
            b.Property(x => x.AccountNo).HasMaxLength(20);
            b.Property(x => x.HouseCode).HasMaxLength(11);
            b.Property(x => x.HouseNo).HasMaxLength(20);
            b.Property(x => x.Soi).HasMaxLength(100);
            b.Property(x => x.Road).HasMaxLength(100);
            b.Property(x => x.Subdistrict).HasMaxLength(100);
            b.Property(x => x.PlaceName).HasMaxLength(ServicePointDetails.MaxText);
            b.Property(x => x.PayerName).HasMaxLength(ServicePointDetails.MaxText);
            b.Property(x => x.PayerIdCipher).HasMaxLength(1000);
            b.Property(x => x.PayerIdHash).HasMaxLength(64);
            b.Property(x => x.PayerIdMasked).HasMaxLength(20);
            b.Property(x => x.ClaimCode).HasMaxLength(LocalGov.Platform.PersonalData.ClaimCode.Length);
            b.Property(x => x.PayerPhone).HasMaxLength(20);
            b.Property(x => x.PayerEmail).HasMaxLength(256);
            b.Property(x => x.Zone).HasMaxLength(ServicePointDetails.MaxCode);
            b.Property(x => x.Route).HasMaxLength(ServicePointDetails.MaxCode);
            b.Property(x => x.ExemptReason).HasMaxLength(500);
            b.Property(x => x.ExemptEvidence).HasMaxLength(500);
            b.HasOne<FeeClass>().WithMany().HasForeignKey(x => x.FeeClassId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ExemptionEvidenceFile>(b =>
        {
            b.ToTable("wastefees_exemption_evidence");
            b.HasKey(x => x.Id);
            b.HasIndex(x => x.ServicePointId);
            b.Property(x => x.FileName).HasMaxLength(200);
            b.Property(x => x.ContentType).HasMaxLength(50);
            b.HasOne<ServicePoint>().WithMany().HasForeignKey(x => x.ServicePointId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<WasteCharge>(b =>
        {
            b.ToTable("wastefees_charges");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.ServicePointId, x.Period }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.Period, x.Zone });
            b.HasIndex(x => x.BillId);
            b.HasIndex(x => new { x.TenantId, x.DueDate });
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Zone).HasMaxLength(ServicePointDetails.MaxCode);
            b.Property(x => x.Route).HasMaxLength(ServicePointDetails.MaxCode);
            b.Property(x => x.FeeClassCode).HasMaxLength(FeeClass.MaxCodeLength);
            b.Property(x => x.BillNumber).HasMaxLength(30);
            b.Property(x => x.Collection).HasPrecision(12, 2);
            b.Property(x => x.Disposal).HasPrecision(12, 2);
            b.Property(x => x.Amount).HasPrecision(12, 2);
            b.Property(x => x.Paid).HasPrecision(12, 2);
            b.Ignore(x => x.Outstanding);
            b.Ignore(x => x.IsSettled);
            b.HasOne<ServicePoint>().WithMany().HasForeignKey(x => x.ServicePointId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<BillingRun>(b =>
        {
            b.ToTable("wastefees_billing_runs");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Period }).IsUnique();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.StartedBy).HasMaxLength(256);
            b.Property(x => x.Error).HasMaxLength(1000);
            b.Property(x => x.Amount).HasPrecision(14, 2);
            b.Ignore(x => x.BillingPeriod);
            b.Ignore(x => x.Percent);
        });
    }

    public override void DefinePermissions(PermissionDefinitionContext context) => context
        .Add(WasteFeesPermissions.Manage, new("จัดการจุดบริการและอัตราค่าธรรมเนียมขยะ", "Manage waste-fee service points and rates"),
            RoleTemplates.RevenueOfficer, RoleTemplates.TenantAdmin)
        .Add(WasteFeesPermissions.Bill, new("ออกใบแจ้งค่าธรรมเนียมขยะ", "Issue waste-fee bills"), RoleTemplates.RevenueOfficer, RoleTemplates.TenantAdmin)
        .Add(WasteFeesPermissions.Collect, new("เก็บค่าธรรมเนียมขยะตามบ้าน", "Collect waste fees door to door"), RoleTemplates.Cashier, RoleTemplates.RevenueOfficer)
        .Add(WasteFeesPermissions.Reports, new("ดูรายงานค่าธรรมเนียมขยะ", "Read waste-fee reports"), RoleTemplates.RevenueOfficer, RoleTemplates.TenantAdmin);

    public override void DefineSettings(SettingDefinitionContext context) => WasteFeesSettings.Define(context);

    public override void DefineMenus(MenuDefinitionContext context) => context
        .Add(MenuArea.Resident, "waste-pay", new("ชำระค่าขยะ", "Pay waste fees"), "/waste", order: 20)
        .Add(MenuArea.Staff, "waste-points", new("จุดบริการเก็บขยะ", "Waste service points"), "/staff/waste", WasteFeesPermissions.Manage, order: 200)
        .Add(MenuArea.Staff, "waste-billing", new("ออกใบแจ้งค่าขยะ", "Waste billing"), "/staff/waste/billing", WasteFeesPermissions.Bill, order: 201)
        .Add(MenuArea.Staff, "waste-collect", new("เก็บค่าขยะตามสาย", "Collect on a route"), "/staff/waste/collect", WasteFeesPermissions.Collect, order: 202)
        .Add(MenuArea.Staff, "waste-reports", new("รายงานค่าขยะ", "Waste-fee reports"), "/staff/waste/reports", WasteFeesPermissions.Reports, order: 203);

    public override void DefineJobs(JobDefinitionContext context)
    {
        context.AddRecurring(BillingRuns.DailyJob, "0 0 1 * * ?", BillingRuns.RunDailyAsync);
        Reminders.RemindersFeature.DefineJobs(context);
    }

    public override void DefineEmailTemplates(EmailTemplateContext context) => Reminders.RemindersFeature.DefineEmailTemplates(context);

    /// <summary>Points from before claim codes existed get one each (<see cref="Platform.PersonalData.ClaimCodeBackfill"/>).</summary>
    public override Task SeedHostAsync(HostSeedContext context) =>
        Platform.PersonalData.ClaimCodeBackfill.FillAsync<ServicePoint>(context.Db, p => p.ClaimCode, context.CancellationToken);

    public override async Task SeedTenantAsync(TenantSeedContext context)
    {
        if (await context.Db.Set<FeeClass>().AnyAsync(context.CancellationToken))
        {
            return;
        }
        context.Db.AddRange(DefaultFeeClasses.Create());
        await context.Db.SaveChangesAsync(context.CancellationToken);
    }
}
