using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Clocks;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.Notifications;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Renewal;
using LocalGov.Permits.Review;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Menus;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.Seeding;
using LocalGov.Platform.Settings;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Permits;

/// <summary>
/// Permits: the LAO publishes its permit types with their service manuals; residents and businesses apply online
/// (or at the counter); staff check completeness once, inspect and decide within the law's deadlines; the fee is
/// billed through Payments and its payment issues a permit anyone can verify; permits are renewed and expire.
/// </summary>
public sealed class PermitsModule : LocalGovModule
{
    public const string FeatureName = "Modules.Permits";

    public override string Name => "Permits";

    /// <summary>Bills go through Payments' <see cref="IBilling"/>: no LAO has this module without it.</summary>
    public override IReadOnlyList<string> Requires => [PaymentsContract.Module];
    public override LocalizedText DisplayName => new("ใบอนุญาต", "Permits");
    public override string? PagesArea => "Permits";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddScoped<PermitMail>();
        context.Services.AddScoped<PermitFiling>();
        context.Services.AddScoped<PermitReview>();
        context.Services.AddScoped<PermitIssuer>();
        context.Services.AddScoped<PermitSatisfaction>();
        // the application is the case: its fee's receipt is a step of it, not a second service to rate
        context.Services.AddSingleton(new Platform.Satisfaction.SatisfactionCaseOwner(PermitBillEvents.ModuleName));
        context.Services.AddScoped<PermitRenewal>();
        context.Services.AddScoped<PermitVerification>();
        context.Services.AddScoped<IBillEventHandler, PermitBillEvents>();
        Publishing.PermitsPublishing.AddServices(context.Services);
        Statistics.StatsFeature.AddServices(context.Services);
        context.Services.AddScoped<Platform.OpenData.IOpenDataset, OpenData.PermitDecisionsDataset>();
        context.Services.AddScoped<Platform.OpenData.IPublicServiceSource, OpenData.PermitServices>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Value objects kept as JSON columns, never tables of their own.
        modelBuilder.Ignore<FeeCategory>();
        modelBuilder.Ignore<RequiredDocument>();
        modelBuilder.Ignore<ExtraField>();
        modelBuilder.Ignore<ChecklistAnswer>();
        modelBuilder.Ignore<FeeSchedule>();
        modelBuilder.Entity<PermitType>(b =>
        {
            b.ToTable("permits_types");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Code }).IsUnique();
            b.Property(x => x.Code).HasMaxLength(PermitType.MaxCodeLength);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            b.Property(x => x.NameTh).HasMaxLength(200);
            b.Property(x => x.NameEn).HasMaxLength(200);
            b.Property(x => x.ApplicationForm).HasMaxLength(20);
            b.Property(x => x.CertificateNameTh).HasMaxLength(200);
            b.Property(x => x.CertificateNameEn).HasMaxLength(200);
            b.Property(x => x.LawTh).HasMaxLength(300);
            b.Property(x => x.LawEn).HasMaxLength(300);
            b.Property(x => x.AppealTh).HasMaxLength(1000);
            b.Property(x => x.AppealEn).HasMaxLength(1000);
            b.Property(x => x.AreaAbove).HasPrecision(12, 2);
            b.Property(x => x.AreaAtMost).HasPrecision(12, 2);
            b.Property(x => x.FeeMode).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.FixedFee).HasPrecision(12, 2);
            b.Property(x => x.RatePerSquareMetre).HasPrecision(12, 2);
            b.Property(x => x.MinimumFee).HasPrecision(12, 2);
            b.Property(x => x.MaximumFee).HasPrecision(12, 2);
            b.Property(x => x.FeeCategories).HasJsonConversion().HasMaxLength(8000);
            b.Property(x => x.Documents).HasJsonConversion().HasMaxLength(8000);
            b.Property(x => x.Fields).HasJsonConversion().HasMaxLength(8000);
            b.Property(x => x.Checklist).HasJsonConversion().HasMaxLength(8000);
            b.Ignore(x => x.Fee);
            b.Ignore(x => x.Renewable);
        });
        modelBuilder.Entity<PermitApplication>(b =>
        {
            b.ToTable("permits_applications");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.Status, x.DueOn });
            b.HasIndex(x => x.ApplicantUserId);
            b.HasIndex(x => x.BillId);
            b.HasIndex(x => x.RenewsPermitId);
            b.Property(x => x.Number).HasMaxLength(30);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.ApplicantKind).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.ApplicantName).HasMaxLength(PermitApplication.MaxText);
            b.Property(x => x.ApplicantIdCipher).HasMaxLength(1000);
            b.Property(x => x.ApplicantIdHash).HasMaxLength(64);
            b.Property(x => x.ApplicantIdMasked).HasMaxLength(20);
            b.Property(x => x.JuristicTaxId).HasMaxLength(13);
            b.Property(x => x.ApplicantEmail).HasMaxLength(256);
            b.Property(x => x.ApplicantPhone).HasMaxLength(20);
            b.Property(x => x.Culture).HasMaxLength(5);
            b.Property(x => x.BusinessName).HasMaxLength(PermitApplication.MaxText);
            b.Property(x => x.PremisesAddress).HasMaxLength(500);
            b.Property(x => x.AreaSquareMetres).HasPrecision(12, 2);
            b.Property(x => x.FeeCategory).HasMaxLength(PermitType.MaxCodeLength);
            b.Property(x => x.Answers).HasJsonConversion().HasMaxLength(8000);
            b.Property(x => x.ReceivedBy).HasMaxLength(256);
            b.Property(x => x.DocumentsRequest).HasMaxLength(PermitApplication.MaxNote);
            b.Property(x => x.DocumentsRequestedBy).HasMaxLength(256);
            b.Property(x => x.OfficerName).HasMaxLength(256);
            b.Property(x => x.LateReason).HasMaxLength(500);
            b.Property(x => x.DecidedBy).HasMaxLength(256);
            b.Property(x => x.DecisionReasons).HasMaxLength(PermitApplication.MaxNote);
            b.Property(x => x.AppealInfo).HasMaxLength(1000);
            b.Property(x => x.Fee).HasPrecision(12, 2);
            b.Property(x => x.BillNumber).HasMaxLength(30);
            b.HasOne<PermitType>().WithMany().HasForeignKey(x => x.PermitTypeId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ApplicationDocument>(b =>
        {
            b.ToTable("permits_documents");
            b.HasKey(x => x.Id);
            b.HasIndex(x => x.ApplicationId);
            b.Property(x => x.DocumentCode).HasMaxLength(PermitType.MaxCodeLength);
            b.Property(x => x.FileName).HasMaxLength(200);
            b.Property(x => x.ContentType).HasMaxLength(50);
            b.HasOne<PermitApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApplicationEvent>(b =>
        {
            b.ToTable("permits_events");
            b.HasKey(x => x.Id);
            b.HasIndex(x => x.ApplicationId);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            b.Property(x => x.Actor).HasMaxLength(256);
            b.Property(x => x.Note).HasMaxLength(PermitApplication.MaxNote);
            b.HasOne<PermitApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Inspection>(b =>
        {
            b.ToTable("permits_inspections");
            b.HasKey(x => x.Id);
            b.HasIndex(x => x.ApplicationId);
            b.Property(x => x.Inspector).HasMaxLength(256);
            b.Property(x => x.Result).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Answers).HasJsonConversion().HasMaxLength(8000);
            b.Property(x => x.Notes).HasMaxLength(PermitApplication.MaxNote);
            b.Property(x => x.RecordedBy).HasMaxLength(256);
            b.HasOne<PermitApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<InspectionPhoto>(b =>
        {
            b.ToTable("permits_inspection_photos");
            b.HasKey(x => x.Id);
            b.HasIndex(x => x.InspectionId);
            b.Property(x => x.ContentType).HasMaxLength(50);
            b.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Permit>(b =>
        {
            b.ToTable("permits_permits");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
            b.HasIndex(x => x.VerificationCode).IsUnique();
            b.HasIndex(x => x.HolderUserId);
            b.HasIndex(x => new { x.TenantId, x.Status, x.ValidUntil });
            b.Property(x => x.Number).HasMaxLength(30);
            b.Property(x => x.HolderName).HasMaxLength(PermitApplication.MaxText);
            b.Property(x => x.HolderEmail).HasMaxLength(256);
            b.Property(x => x.BusinessName).HasMaxLength(PermitApplication.MaxText);
            b.Property(x => x.PremisesAddress).HasMaxLength(500);
            b.Property(x => x.Conditions).HasMaxLength(PermitApplication.MaxNote);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.StatusReason).HasMaxLength(1000);
            b.Property(x => x.VerificationCode).HasMaxLength(40);
            b.HasOne<PermitType>().WithMany().HasForeignKey(x => x.PermitTypeId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<PermitApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    public override void DefinePermissions(PermissionDefinitionContext context) => context
        .Add(PermitsPermissions.ManageTypes, new("ตั้งค่าประเภทใบอนุญาต", "Set up permit types"), RoleTemplates.TenantAdmin)
        .Add(PermitsPermissions.Intake, new("รับคำขออนุญาตและตรวจความครบถ้วน", "Take in permit applications and check completeness"),
            RoleTemplates.BuildingOfficer, RoleTemplates.TenantAdmin)
        .Add(PermitsPermissions.Review, new("ตรวจสถานที่และพิจารณาคำขออนุญาต", "Inspect and decide permit applications"),
            RoleTemplates.BuildingOfficer, RoleTemplates.TenantAdmin)
        .Add(PermitsPermissions.Supervise, new("กำกับงานอนุญาต มอบหมายงาน พักใช้และเพิกถอนใบอนุญาต", "Supervise permits: assign, suspend and revoke"),
            RoleTemplates.TenantAdmin)
        .Add(PermitsPermissions.Reports, new("ดูสถิติงานอนุญาต", "Read permit statistics"), RoleTemplates.BuildingOfficer, RoleTemplates.TenantAdmin);

    public override void DefineSettings(SettingDefinitionContext context) => PermitsSettings.Define(context);

    public override void DefineMenus(MenuDefinitionContext context) => context
        .Add(MenuArea.Resident, "permits", new("ขออนุญาต", "Apply for a permit"), "/permits", order: 30)
        .Add(MenuArea.Resident, "my-permits", new("ใบอนุญาตของฉัน", "My permits"), "/my/permits", order: 31)
        .Add(MenuArea.Staff, "permits-queue", new("คำขออนุญาต", "Permit applications"), "/staff/permits", PermitsPermissions.Intake, order: 300)
        .Add(MenuArea.Staff, "permits-late", new("คำขอที่เกินกำหนด", "Late permit decisions"), "/staff/permits/late", PermitsPermissions.Supervise, order: 301)
        .Add(MenuArea.Staff, "permits-issued", new("ทะเบียนใบอนุญาต", "Permit register"), "/staff/permits/issued", PermitsPermissions.Review, order: 302)
        .Add(MenuArea.Staff, "permits-stats", new("สถิติงานอนุญาต", "Permit statistics"), "/staff/permits/stats", PermitsPermissions.Reports, order: 303)
        .Add(MenuArea.Staff, "permits-types", new("ประเภทใบอนุญาต", "Permit types"), "/staff/permits/types", PermitsPermissions.ManageTypes, order: 304);

    public override void DefineJobs(JobDefinitionContext context)
    {
        context.AddRecurring(LateDecisions.Job, "0 30 7 * * ?", LateDecisions.NotifyAsync);
        context.AddRecurring(PermitExpiry.Job, "0 0 2 * * ?", PermitExpiry.RunAsync);
    }

    public override void DefineEmailTemplates(EmailTemplateContext context) => PermitMail.Define(context);

    public override async Task SeedTenantAsync(TenantSeedContext context)
    {
        if (await context.Db.Set<PermitType>().AnyAsync(context.CancellationToken))
        {
            return;
        }
        context.Db.AddRange(DefaultPermitTypes.Create());
        await context.Db.SaveChangesAsync(context.CancellationToken);
    }
}
