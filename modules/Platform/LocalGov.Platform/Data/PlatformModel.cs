using LocalGov.Platform.Auditing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Data;

/// <summary>The platform's own tables, all named <c>platform_*</c>.</summary>
internal static class PlatformModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tenant>(b =>
        {
            b.ToTable("platform_tenants");
            b.HasKey(t => t.Id);
            b.HasIndex(t => t.Code).IsUnique();
            b.Property(t => t.Code).HasMaxLength(40);
            b.Property(t => t.NameTh).HasMaxLength(200);
            b.Property(t => t.NameEn).HasMaxLength(200);
            b.Property(t => t.ProvinceCode).HasMaxLength(2);
            b.Property(t => t.DopaCode).HasMaxLength(10);
            b.Property(t => t.ContactEmail).HasMaxLength(256);
            b.Property(t => t.ContactPhone).HasMaxLength(40);
            b.Property(t => t.SuspensionReason).HasMaxLength(500);
            b.Property(t => t.CreatedBy).HasMaxLength(100);
            b.Property(t => t.ModifiedBy).HasMaxLength(100);
            b.HasIndex(t => t.ProvinceCode);
            b.OwnsMany(t => t.Features, f =>
            {
                f.ToTable("platform_tenant_features");
                f.WithOwner().HasForeignKey("TenantId");
                f.Property<Guid>("TenantId");
                f.HasKey("TenantId", nameof(TenantFeatureValue.Name));
                f.Property(x => x.Name).HasMaxLength(100);
            });
            b.OwnsMany(t => t.HostNames, h =>
            {
                h.ToTable("platform_tenant_host_names");
                h.WithOwner().HasForeignKey("TenantId");
                h.Property<Guid>("TenantId");
                h.HasKey(nameof(TenantHostName.HostName));
                h.Property(x => x.HostName).HasMaxLength(253);
            });
            b.Navigation(t => t.Features).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.Navigation(t => t.HostNames).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<PermissionGrant>(b =>
        {
            b.ToTable("platform_permission_grants");
            b.HasKey(g => g.Id);
            b.Property(g => g.RoleName).HasMaxLength(100);
            b.Property(g => g.PermissionName).HasMaxLength(150);
            b.HasIndex(g => new { g.TenantId, g.RoleName, g.PermissionName }).IsUnique();
        });

        modelBuilder.Entity<PermissionSeed>(b =>
        {
            b.ToTable("platform_permission_seeds");
            b.HasKey(s => new { s.TenantId, s.PermissionName });
            b.Property(s => s.PermissionName).HasMaxLength(150);
        });

        modelBuilder.Entity<SettingValue>(b =>
        {
            b.ToTable("platform_settings");
            b.HasKey(s => s.Id);
            b.Property(s => s.Name).HasMaxLength(150);
            b.Property(s => s.Value).HasMaxLength(4000);
            b.HasIndex(s => new { s.TenantId, s.Name }).IsUnique();
        });

        modelBuilder.Entity<AuditLog>(b =>
        {
            b.ToTable("platform_audit_logs");
            b.HasKey(a => a.Id);
            b.Property(a => a.UserId).HasMaxLength(100);
            b.Property(a => a.UserName).HasMaxLength(256);
            b.Property(a => a.Action).HasMaxLength(500);
            b.Property(a => a.Details).HasMaxLength(2000);
            b.Property(a => a.ClientIp).HasMaxLength(64);
            b.Property(a => a.Error).HasMaxLength(200);
            b.HasIndex(a => new { a.TenantId, a.ExecutedAt });
            b.HasMany(a => a.Changes).WithOne().HasForeignKey(c => c.AuditLogId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(a => a.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<AuditEntityChange>(b =>
        {
            b.ToTable("platform_audit_entity_changes");
            b.HasKey(c => c.Id);
            b.Property(c => c.EntityType).HasMaxLength(150);
            b.Property(c => c.EntityId).HasMaxLength(200);
            b.HasIndex(c => new { c.EntityType, c.EntityId });
        });

        modelBuilder.Entity<NumberSequence>(b =>
        {
            b.ToTable("platform_number_sequences");
            b.HasKey(s => new { s.TenantId, s.Name, s.FiscalYear });
            b.Property(s => s.Name).HasMaxLength(50);
        });

        modelBuilder.Entity<OutboxEmail>(b =>
        {
            b.ToTable("platform_outbox_emails");
            b.HasKey(e => e.Id);
            b.Property(e => e.To).HasMaxLength(320);
            b.Property(e => e.Subject).HasMaxLength(500);
            b.Property(e => e.LastError).HasMaxLength(1000);
            b.HasIndex(e => new { e.SentAt, e.FailedAt, e.NextAttemptAt });
        });

        modelBuilder.Entity<PersonalData.PlatformSecret>(b =>
        {
            b.ToTable("platform_secrets");
            b.HasKey(x => x.Name);
            b.Property(x => x.Name).HasMaxLength(100);
        });

        modelBuilder.Entity<Web.HeldUploads.HeldUpload>(b =>
        {
            b.ToTable("platform_held_uploads");
            b.HasKey(h => h.Id);
            b.Property(h => h.TokenHash).HasMaxLength(64);
            b.Property(h => h.Field).HasMaxLength(100);
            b.Property(h => h.FileName).HasMaxLength(255);
            b.Property(h => h.ContentType).HasMaxLength(100);
            b.HasIndex(h => new { h.TenantId, h.TokenHash }).IsUnique();
            b.HasIndex(h => h.HeldAt);
        });

        modelBuilder.Entity<Web.Idempotency.IdempotencyRecord>(b =>
        {
            b.ToTable("platform_idempotency_keys");
            b.HasKey(r => new { r.TenantId, r.Key });
            b.Property(r => r.Key).HasMaxLength(64);
            b.Property(r => r.Fingerprint).HasMaxLength(64);
            b.Property(r => r.Location).HasMaxLength(2000);
            b.Property(r => r.ContentType).HasMaxLength(200);
            b.HasIndex(r => r.CreatedAt);
        });

        modelBuilder.Entity<Satisfaction.SatisfactionSurvey>(b =>
        {
            b.ToTable("platform_satisfaction_surveys");
            b.HasKey(s => s.Id);
            b.Property(s => s.Module).HasMaxLength(60);
            b.Property(s => s.ServiceType).HasMaxLength(60);
            b.Property(s => s.ServiceTh).HasMaxLength(Satisfaction.SatisfactionSurvey.MaxLabel);
            b.Property(s => s.ServiceEn).HasMaxLength(Satisfaction.SatisfactionSurvey.MaxLabel);
            b.Property(s => s.CaseReference).HasMaxLength(60);
            b.Property(s => s.RecipientEmail).HasMaxLength(320);
            b.Property(s => s.Culture).HasMaxLength(5);
            b.Property(s => s.ReturnPath).HasMaxLength(300);
            b.Ignore(s => s.Token); // only its hash is stored
            b.Property(s => s.TokenHash).HasMaxLength(64);
            b.Property(s => s.Comment).HasMaxLength(Satisfaction.SatisfactionSurvey.MaxComment);
            b.Property(s => s.Month).HasMaxLength(7);
            b.Property(s => s.CreatedBy).HasMaxLength(100);
            b.Property(s => s.ModifiedBy).HasMaxLength(100);
            b.HasIndex(s => new { s.TenantId, s.Module, s.CaseReference }).IsUnique(); // one survey per completed case
            b.HasIndex(s => s.TokenHash).IsUnique();
            b.HasIndex(s => new { s.TenantId, s.Month });
            b.HasIndex(s => new { s.TenantId, s.RecipientUserId });
        });

        modelBuilder.Entity<DataProtectionKey>(b =>
        {
            b.ToTable("platform_data_protection_keys");
            b.HasKey(k => k.Id);
            b.Property(k => k.FriendlyName).HasMaxLength(200);
        });
    }
}
