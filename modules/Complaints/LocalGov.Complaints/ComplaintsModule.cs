using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Notifications;
using LocalGov.Complaints.Open311;
using LocalGov.Complaints.Sla;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Authorization;
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

namespace LocalGov.Complaints;

/// <summary>
/// Residents report problems with a photo and a map pin; staff assign, work and resolve them within the SLA; the
/// public sees progress, a map and monthly figures; outside apps speak Open311 GeoReport v2.
/// </summary>
public sealed class ComplaintsModule : LocalGovModule
{
    public const string FeatureName = "Modules.Complaints";
    public const string ModuleName = "Complaints";

    public override string Name => ModuleName;
    public override LocalizedText DisplayName => new("เรื่องร้องเรียน", "Complaints");
    public override string? PagesArea => "Complaints";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddScoped<ComplaintFiling>();
        context.Services.AddScoped<ComplaintActions>();
        context.Services.AddScoped<ComplaintSatisfaction>();
        context.Services.AddScoped<Platform.Satisfaction.ISatisfactionAnswerHandler>(sp => sp.GetRequiredService<ComplaintSatisfaction>());
        context.Services.AddScoped<ComplaintMail>();
        context.Services.AddScoped<DuplicateFinder>();
        context.Services.AddScoped<CategoryEditor>();
        Open311Api.AddServices(context.Services, context.Configuration);
        Publishing.PublicComplaints.AddServices(context.Services);
        context.Services.AddScoped<Platform.OpenData.IOpenDataset, OpenData.ComplaintStatisticsDataset>();
        context.Services.AddScoped<Platform.OpenData.IPublicServiceSource, OpenData.ComplaintServices>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        Open311Api.Map(endpoints);
        Filing.ComplaintEndpoints.Map(endpoints);
        Publishing.PublicComplaints.Map(endpoints);
    }

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Category>(b =>
        {
            b.ToTable("complaints_categories");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Code }).IsUnique();
            b.Property(x => x.Code).HasMaxLength(50);
            b.Property(x => x.NameTh).HasMaxLength(200);
            b.Property(x => x.NameEn).HasMaxLength(200);
            b.Property(x => x.DescriptionTh).HasMaxLength(1000);
            b.Property(x => x.DescriptionEn).HasMaxLength(1000);
            b.Property(x => x.Department).HasMaxLength(200);
            b.Property(x => x.Keywords).HasMaxLength(500);
            b.Property(x => x.Group).HasMaxLength(100);
            b.Ignore(x => x.Name);
            b.OwnsMany(x => x.Attributes, a =>
            {
                a.ToTable("complaints_category_attributes");
                a.WithOwner().HasForeignKey("CategoryId");
                a.HasKey("CategoryId", nameof(CategoryAttribute.Code));
                a.Property(x => x.Code).HasMaxLength(50);
                a.Property(x => x.Datatype).HasConversion<string>().HasMaxLength(20);
                a.Property(x => x.DescriptionTh).HasMaxLength(500);
                a.Property(x => x.DescriptionEn).HasMaxLength(500);
                a.Property(x => x.DatatypeDescription).HasMaxLength(500);
                a.Property(x => x.Values).HasMaxLength(4000);
                a.Ignore(x => x.ValueList);
            });
        });
        modelBuilder.Entity<Complaint>(b =>
        {
            b.ToTable("complaints_complaints");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.TrackingCode }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.Status, x.DueAt });
            b.HasIndex(x => new { x.TenantId, x.CategoryId, x.Status });
            b.HasIndex(x => new { x.TenantId, x.FiledAt });
            b.HasIndex(x => x.ReporterUserId);
            b.Property(x => x.TrackingCode).HasMaxLength(30);
            b.Property(x => x.Description).HasMaxLength(Complaint.MaxDescription);
            b.Property(x => x.Address).HasMaxLength(500);
            b.Property(x => x.AddressId).HasMaxLength(100);
            b.Property(x => x.Zipcode).HasMaxLength(10);
            b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            b.Property(x => x.ChannelDetail).HasMaxLength(200);
            b.Property(x => x.ReporterName).HasMaxLength(200);
            b.Property(x => x.ReporterEmail).HasMaxLength(256);
            b.Property(x => x.ReporterPhone).HasMaxLength(30);
            b.Property(x => x.Culture).HasMaxLength(5);
            b.Property(x => x.DeviceId).HasMaxLength(100);
            b.Property(x => x.AccountId).HasMaxLength(100);
            b.Property(x => x.AttributesJson).HasMaxLength(8000);
            b.Property(x => x.MediaUrl).HasMaxLength(1000);
            b.Property(x => x.AccessKeyHash).HasMaxLength(64);
            b.Property(x => x.AccessKeyCipher).HasMaxLength(1000);
            b.Property(x => x.Department).HasMaxLength(200);
            b.Property(x => x.OfficerName).HasMaxLength(200);
            b.Property(x => x.StatusNotes).HasMaxLength(1000);
            b.Property(x => x.RatingComment).HasMaxLength(1000);
            b.Property(x => x.TransferredToLao).HasMaxLength(64);
            b.Property(x => x.TransferredToCode).HasMaxLength(30);
            b.Property(x => x.TransferredFromLao).HasMaxLength(200);
            b.Property(x => x.TransferredFromCode).HasMaxLength(30);
        });
        modelBuilder.Entity<ComplaintEvent>(b =>
        {
            b.ToTable("complaints_events");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.ComplaintId, x.At });
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            b.Property(x => x.Actor).HasMaxLength(300);
            b.Property(x => x.PublicNote).HasMaxLength(2000);
            b.Property(x => x.InternalNote).HasMaxLength(2000);
            b.Property(x => x.Department).HasMaxLength(200);
            b.Ignore(x => x.IsPublic);
        });
        modelBuilder.Entity<ComplaintPhoto>(b =>
        {
            b.ToTable("complaints_photos");
            b.HasKey(x => x.Id);
            b.HasIndex(x => x.ComplaintId);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.ContentType).HasMaxLength(20);
        });
        modelBuilder.Entity<ComplaintFollower>(b =>
        {
            b.ToTable("complaints_followers");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.ComplaintId, x.UserId }).IsUnique();
            b.Property(x => x.Email).HasMaxLength(256);
        });
        modelBuilder.Entity<Open311Client>(b =>
        {
            b.ToTable("complaints_open311_clients");
            b.HasKey(x => x.Id);
            b.HasIndex(x => x.KeyHash).IsUnique();
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.ContactEmail).HasMaxLength(256);
            b.Property(x => x.KeyHash).HasMaxLength(64);
            b.Property(x => x.KeyPrefix).HasMaxLength(10);
        });
    }

    public override void DefinePermissions(PermissionDefinitionContext context) => context
        .Add(ComplaintsPermissions.Work, new("ดูและดำเนินการเรื่องร้องเรียน", "See and work complaints"), RoleTemplates.ComplaintsOfficer, RoleTemplates.TenantAdmin)
        .Add(ComplaintsPermissions.Supervise, new("มอบหมาย ปฏิเสธ และส่งต่อเรื่องร้องเรียน รับแจ้งเรื่องเกินกำหนด",
            "Assign, reject and transfer complaints; hear of overdue ones"), RoleTemplates.TenantAdmin)
        .Add(ComplaintsPermissions.Confidential, new("ดูเรื่องร้องเรียนประเภทลับ (ทุจริต)", "See confidential complaints (corruption)"), RoleTemplates.TenantAdmin)
        .Add(ComplaintsPermissions.SeeReporter, new("ดูชื่อและช่องทางติดต่อผู้แจ้ง", "See the reporter's name and contact details"),
            RoleTemplates.ComplaintsOfficer, RoleTemplates.TenantAdmin)
        .Add(ComplaintsPermissions.ManageCategories, new("ตั้งค่าประเภทเรื่องร้องเรียน", "Edit complaint categories"), RoleTemplates.TenantAdmin)
        .Add(ComplaintsPermissions.ManageApiClients, new("จัดการกุญแจ API ของ Open311", "Manage Open311 API keys"), RoleTemplates.TenantAdmin)
        .RequireTwoFactor(ComplaintsPermissions.Confidential, ComplaintsPermissions.ManageApiClients);

    public override void DefineSettings(SettingDefinitionContext context) => ComplaintsSettings.Define(context);

    public override void DefineMenus(MenuDefinitionContext context) => context
        .Add(MenuArea.Resident, "complaints-new", new("แจ้งเรื่องร้องเรียน", "Report a problem"), "/complaints/new", order: 10)
        .Add(MenuArea.Resident, "complaints-public", new("เรื่องร้องเรียนในพื้นที่", "Complaints near you"), "/complaints", order: 11)
        .Add(MenuArea.Resident, "complaints-mine", new("เรื่องที่ฉันแจ้ง", "My complaints"), "/my/complaints", order: 12)
        .Add(MenuArea.Staff, "complaints-inbox", new("เรื่องร้องเรียน", "Complaints"), "/staff/complaints", ComplaintsPermissions.Work, order: 100)
        .Add(MenuArea.Staff, "complaints-intake", new("รับเรื่องทางโทรศัพท์/หน้าสำนักงาน", "Take a call or walk-in"), "/staff/complaints/new", ComplaintsPermissions.Work, order: 101)
        .Add(MenuArea.Staff, "complaints-categories", new("ประเภทเรื่องร้องเรียน", "Complaint categories"), "/staff/complaints/categories", ComplaintsPermissions.ManageCategories, order: 102)
        .Add(MenuArea.Staff, "complaints-open311", new("กุญแจ API (Open311)", "Open311 API keys"), "/admin/open311", ComplaintsPermissions.ManageApiClients, order: 103);

    public override void DefineJobs(JobDefinitionContext context) => context
        .AddRecurring(SlaMonitor.OverdueJob, "0 */15 * * * ?", SlaMonitor.MarkOverdueAsync)
        .AddRecurring(SlaMonitor.AutoCloseJob, "0 30 1 * * ?", SlaMonitor.CloseUnansweredAsync);

    public override void DefineEmailTemplates(EmailTemplateContext context) => ComplaintMail.Define(context);

    public override async Task SeedTenantAsync(TenantSeedContext context)
    {
        if (await context.Db.Set<Category>().AnyAsync(context.CancellationToken))
        {
            return;
        }
        context.Db.AddRange(DefaultCategories.Create());
        await context.Db.SaveChangesAsync(context.CancellationToken);
    }
}
