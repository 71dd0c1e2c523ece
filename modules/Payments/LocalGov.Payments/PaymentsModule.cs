using LocalGov.Payments.Bills;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Modularity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Payments;

/// <summary>
/// Bills, payments and receipts for every fee-charging module: source modules issue bills through
/// <see cref="IBilling"/> with their penalty policy and hear <see cref="BillPaid"/> through
/// <see cref="IBillEventHandler"/>; cashiers take counter payments; receipts are numbered per LAO and fiscal year.
/// </summary>
public sealed class PaymentsModule : LocalGovModule
{
    public override string Name => PaymentsContract.Module;
    public override LocalizedText DisplayName => new("รับชำระเงิน", "Payments");

    public override string? PagesArea => "Payments";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddScoped<IBilling, BillingService>();
        context.Services.AddScoped<BillSearch>();
        context.Services.AddScoped<PaymentRecorder>();
        context.Services.AddScoped<IPaymentTaking, PaymentTaking>();
        context.Services.AddScoped<IBillPresentation, PromptPay.BillPresentation>();
        context.Services.AddScoped<Reconciliation.BankTransactionApplier>();
        context.Services.AddScoped<ReceiptVoiding>();
        context.Services.AddScoped<DailyCollection>();
        context.Services.AddScoped<ReceiptDocuments>();
        context.Services.AddScoped<Platform.OpenData.IOpenDataset, OpenData.RevenueDataset>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        PaymentEndpoints.Map(endpoints);
        Reconciliation.PromptPayNotifications.Map(endpoints);
    }

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Bill>(b =>
        {
            b.ToTable("payments_bills");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.Ref1 });
            b.HasIndex(x => new { x.SourceModule, x.SourceReference });
            b.HasIndex(x => x.PayerReference);
            b.HasIndex(x => x.PayerUserId);
            b.HasIndex(x => x.PayerIdHash);
            b.Property(x => x.PayerIdHash).HasMaxLength(64);
            b.Property(x => x.Number).HasMaxLength(30);
            b.Property(x => x.Ref1).HasMaxLength(20);
            b.Property(x => x.SourceModule).HasMaxLength(50);
            b.Property(x => x.SourceReference).HasMaxLength(100);
            b.Property(x => x.PayerName).HasMaxLength(200);
            b.Property(x => x.PayerReference).HasMaxLength(20);
            b.Property(x => x.PayerEmail).HasMaxLength(256);
            b.Property(x => x.CancelReason).HasMaxLength(500);
            b.Property(x => x.PenaltyJson).HasMaxLength(2000);
            b.Property(x => x.InstallmentDates).HasMaxLength(200);
            b.Ignore(x => x.Installments);
            b.Ignore(x => x.Penalty);
            b.OwnsMany(x => x.Lines, l =>
            {
                l.ToTable("payments_bill_lines");
                l.WithOwner().HasForeignKey("BillId");
                l.HasKey("BillId", nameof(BillLine.Sequence));
                l.Property(x => x.Head).HasMaxLength(50);
                l.Property(x => x.Description).HasMaxLength(300);
                l.Property(x => x.DescriptionEn).HasMaxLength(300);
                l.Property(x => x.Amount).HasPrecision(14, 2);
                l.Property(x => x.Paid).HasPrecision(14, 2);
            });
            b.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<Reconciliation.BankTransaction>(b =>
        {
            b.ToTable("payments_bank_transactions");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.BankReference }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.Status });
            b.Property(x => x.BankReference).HasMaxLength(100);
            b.Property(x => x.Ref1).HasMaxLength(20);
            b.Property(x => x.Ref2).HasMaxLength(20);
            b.Property(x => x.Source).HasMaxLength(300);
            b.Property(x => x.Problem).HasMaxLength(500);
            b.Property(x => x.ReceiptNumber).HasMaxLength(30);
            b.Property(x => x.Amount).HasPrecision(14, 2);
        });
        modelBuilder.Entity<Payment>(b =>
        {
            b.ToTable("payments_payments");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.TenantId, x.ReceiptNumber }).IsUnique();
            b.HasIndex(x => x.BillId);
            b.Property(x => x.ReceiptNumber).HasMaxLength(30);
            b.Property(x => x.RecordedBy).HasMaxLength(256);
            b.Property(x => x.BankReference).HasMaxLength(100);
            b.Property(x => x.VoidReason).HasMaxLength(500);
            b.Property(x => x.VoidedBy).HasMaxLength(256);
            foreach (var money in new[] { nameof(Payment.Amount), nameof(Payment.Principal), nameof(Payment.Surcharge), nameof(Payment.Interest) })
            {
                b.Property(money).HasPrecision(14, 2);
            }
        });
    }

    public override void DefineSettings(Platform.Settings.SettingDefinitionContext context) => context
        .Add(PromptPay.BillQrCode.BillerIdSetting, new LocalizedText(
            "รหัสผู้รับชำระพร้อมเพย์ (เลขผู้เสียภาษี 13 หลัก + 2 หลัก)", "PromptPay biller ID (13-digit tax ID + 2-digit suffix)"), null)
        .AddSecret(Reconciliation.PromptPayNotifications.SecretSetting, new LocalizedText(
            "รหัสลับสำหรับลงนามการแจ้งชำระจากธนาคาร", "Secret that signs the bank's payment notifications"));

    public override void DefineMenus(Platform.Menus.MenuDefinitionContext context) => context
        .Add(Platform.Menus.MenuArea.Staff, "cashier", new LocalizedText("รับชำระเงิน", "Take a payment"), "/cashier", PaymentsPermissions.Collect, order: 300)
        .Add(Platform.Menus.MenuArea.Resident, "my-bills", new LocalizedText("ใบแจ้งหนี้ของฉัน", "My bills"), "/my/bills", order: 50)
        .Add(Platform.Menus.MenuArea.Staff, "daily-collection", new LocalizedText("รายงานรับเงินประจำวัน", "Daily collection"), "/cashier/daily", PaymentsPermissions.OwnCollection, order: 320)
        .Add(Platform.Menus.MenuArea.Staff, "reconcile", new LocalizedText("กระทบยอดธนาคาร", "Bank reconciliation"), "/cashier/reconcile", PaymentsPermissions.Reconcile, order: 310);

    public override void DefinePermissions(PermissionDefinitionContext context) => context
        .Add(PaymentsPermissions.Collect, new LocalizedText("รับชำระเงินและออกใบเสร็จ", "Take payments and issue receipts"), RoleTemplates.Cashier, RoleTemplates.RevenueOfficer)
        .Add(PaymentsPermissions.Reconcile, new LocalizedText("กระทบยอดการชำระจากธนาคาร", "Reconcile bank payments"), RoleTemplates.RevenueOfficer)
        .Add(PaymentsPermissions.Reports, new LocalizedText("ดูรายงานการรับเงิน", "Read collection reports"), RoleTemplates.RevenueOfficer)
        .Add(PaymentsPermissions.OwnCollection, new LocalizedText("ดูยอดรับเงินประจำวันของตนเอง", "Read one's own daily collection"), RoleTemplates.Cashier, RoleTemplates.RevenueOfficer)
        .Add(PaymentsPermissions.VoidReceipts, new LocalizedText("ยกเลิกใบเสร็จ", "Void receipts"))
        .Add(PaymentsPermissions.ManageBills, new LocalizedText("ออกและยกเลิกใบแจ้งหนี้", "Issue and cancel bills"), RoleTemplates.RevenueOfficer)
        .RequireTwoFactor(PaymentsPermissions.VoidReceipts);
}
