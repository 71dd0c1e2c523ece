using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Notifications;
using LocalGov.Platform.Data;
using LocalGov.Platform.Features;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;
using LocalGov.Platform.Localization;

namespace LocalGov.Complaints.Workflow;

/// <summary>Proof that the person acting is the reporter: their account, or the key from their mail.</summary>
public sealed record ReporterProof(Guid? UserId, string? Key);

/// <summary>
/// Every step after filing, for staff and residents: loads the complaint, applies the rule on
/// <see cref="Complaint"/>, records the timeline step, tells the reporter and followers, and saves it all at once.
/// A stale form (someone else acted first) is a concurrency conflict (409), never a lost update.
/// </summary>
public sealed class ComplaintActions(
    LocalGovDbContext db,
    ComplaintMail mail,
    IPersonalDataVault vault,
    ISettingProvider settings,
    INumberingService numbers,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    IFeatureChecker features,
    ComplaintSatisfaction satisfaction,
    TimeProvider clock)
{
    public const string ReopenDaysSetting = "Complaints.ReopenDays";
    public const string AutoCloseDaysSetting = "Complaints.AutoCloseDays";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Complaint> FindAsync(string trackingCode, CancellationToken cancellationToken) =>
        await db.Set<Complaint>().SingleOrDefaultAsync(c => c.TrackingCode == trackingCode, cancellationToken)
        ?? throw new BusinessRuleException(new("ไม่พบเรื่องร้องเรียนนี้", "No complaint has this tracking code."), null, 404);

    public async Task<Complaint> AssignAsync(string code, string? stamp, string department, Guid officerId, string officerName, string actor,
        CancellationToken cancellationToken)
    {
        var complaint = await LoadForUpdateAsync(code, stamp, cancellationToken);
        db.Add(complaint.Assign(department, officerId, officerName, Now, actor));
        await SaveAsync(complaint, notify: false, cancellationToken);
        return complaint;
    }

    public async Task<Complaint> StartAsync(string code, string? stamp, string? note, string actor, CancellationToken cancellationToken)
    {
        var complaint = await LoadForUpdateAsync(code, stamp, cancellationToken);
        db.Add(complaint.Start(Now, actor, note));
        await SaveAsync(complaint, notify: false, cancellationToken);
        return complaint;
    }

    public async Task<Complaint> ResolveAsync(string code, string? stamp, string note, PhotoFile? after, string actor, CancellationToken cancellationToken)
    {
        var complaint = await LoadForUpdateAsync(code, stamp, cancellationToken);
        db.Add(complaint.Resolve(note, Now, actor));
        if (after is not null)
        {
            var sequence = await db.Set<ComplaintPhoto>().CountAsync(p => p.ComplaintId == complaint.Id, cancellationToken) + 1;
            db.Add(new ComplaintPhoto(complaint.Id, PhotoKind.After, after.ContentType, after.Data, sequence));
        }
        await satisfaction.OpenAsync(complaint, cancellationToken);
        await SaveAsync(complaint, notify: true, cancellationToken);
        return complaint;
    }

    public async Task<Complaint> RejectAsync(string code, string? stamp, string reason, string actor, CancellationToken cancellationToken)
    {
        var complaint = await LoadForUpdateAsync(code, stamp, cancellationToken);
        db.Add(complaint.Reject(reason, Now, actor));
        await satisfaction.OpenAsync(complaint, cancellationToken);
        await SaveAsync(complaint, notify: true, cancellationToken);
        return complaint;
    }

    public async Task<Complaint> AddNoteAsync(string code, string note, string actor, CancellationToken cancellationToken)
    {
        var complaint = await FindAsync(code, cancellationToken);
        db.Add(complaint.AddNote(note, Now, actor));
        await db.SaveChangesAsync(cancellationToken);
        return complaint;
    }

    public async Task<Complaint> ReopenAsync(string code, string reason, ReporterProof proof, CancellationToken cancellationToken)
    {
        var complaint = await FindAsync(code, cancellationToken);
        RequireReporter(complaint, proof);
        var category = await db.Set<Category>().SingleAsync(c => c.Id == complaint.CategoryId, cancellationToken);
        var days = await ComplaintsSettings.ReopenDays.ReadAsync(settings, cancellationToken);
        db.Add(complaint.Reopen(reason, Now, days, category.SlaHours));
        await db.SaveChangesAsync(cancellationToken);
        return complaint;
    }

    public async Task<Complaint> RateAsync(string code, int stars, string? comment, ReporterProof proof, CancellationToken cancellationToken)
    {
        var complaint = await FindAsync(code, cancellationToken);
        RequireReporter(complaint, proof);
        if (comment is { Length: > 1000 })
        {
            throw new BusinessRuleException(new("ความเห็นยาวเกิน 1,000 ตัวอักษร", "The comment is longer than 1,000 characters."), "comment");
        }
        db.Add(complaint.Rate(stars, comment, Now));
        await satisfaction.RecordAsync(complaint, stars, comment, cancellationToken); // the platform's indicator counts it
        await db.SaveChangesAsync(cancellationToken);
        return complaint;
    }

    /// <summary>True when <paramref name="proof"/> shows the person is the one who reported it.</summary>
    public bool IsReporter(Complaint complaint, ReporterProof proof) =>
        (proof.UserId is { } user && complaint.ReporterUserId == user) ||
        vault.Matches(proof.Key, complaint.AccessKeyHash);

    public async Task FollowAsync(string code, Guid userId, string email, CancellationToken cancellationToken)
    {
        var complaint = await FindAsync(code, cancellationToken);
        if (complaint.Confidential || !complaint.IsOpen)
        {
            throw new BusinessRuleException(new("ติดตามเรื่องนี้ไม่ได้ เรื่องปิดไปแล้ว", "This complaint cannot be followed: it is no longer open."), null, 409);
        }
        if (complaint.ReporterUserId == userId || await db.Set<ComplaintFollower>().AnyAsync(f => f.ComplaintId == complaint.Id && f.UserId == userId, cancellationToken))
        {
            return;
        }
        db.Add(new ComplaintFollower(complaint.Id, userId, email, Now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Set<ComplaintFollower>().AsNoTracking().AnyAsync(f => f.ComplaintId == complaint.Id && f.UserId == userId, cancellationToken))
            {
                throw;
            }
            // a double click: the first one already made them a follower
        }
    }

    /// <summary>
    /// Wrong jurisdiction: the LAO named by <paramref name="laoCode"/> receives the whole complaint (text, place,
    /// photos, reporter, answers, timeline) under its own tracking code, in the category with the same code, or its
    /// "other" category; this one is closed as Transferred and points at the new code. One transaction.
    /// </summary>
    public async Task<Complaint> TransferAsync(string code, string? stamp, string laoCode, string reason, string actor, CancellationToken cancellationToken)
    {
        var sourceTenant = await tenants.FindByIdAsync(currentTenant.Id ?? Guid.Empty, cancellationToken)
            ?? throw new InvalidOperationException("A transfer runs inside an LAO.");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException(new("ระบุเหตุผลที่ส่งต่อ", "Give the reason for the transfer."), "reason");
        }
        var target = await tenants.FindByCodeAsync((laoCode ?? "").Trim(), cancellationToken);
        if (target is null || target.Id == sourceTenant.Id || !target.IsActive || target.ProvinceCode != sourceTenant.ProvinceCode ||
            !await features.IsEnabledAsync(target.Id, ComplaintsModule.FeatureName, cancellationToken))
        {
            throw new BusinessRuleException(new("เลือกหน่วยงานปลายทางในจังหวัดเดียวกันที่เปิดใช้ระบบเรื่องร้องเรียน",
                "Choose an LAO of the same province that takes complaints on LocalGov."), "lao");
        }
        var complaint = await FindAsync(code, cancellationToken);
        if (!string.IsNullOrEmpty(stamp) && stamp != complaint.ConcurrencyStamp)
        {
            // checked before the tenant switch: saving the copy must not carry a change of this LAO's row
            throw new DbUpdateConcurrencyException(PlatformMessages.Conflict.En);
        }
        if (!complaint.IsOpen)
        {
            complaint.TransferTo("", "", "", reason, Now, actor); // throws the rule's message
        }
        var category = await db.Set<Category>().SingleAsync(c => c.Id == complaint.CategoryId, cancellationToken);
        var photos = await db.Set<ComplaintPhoto>().Where(p => p.ComplaintId == complaint.Id).ToListAsync(cancellationToken);
        var history = await db.Set<ComplaintEvent>().AsNoTracking().Where(e => e.ComplaintId == complaint.Id).OrderBy(e => e.At).ToListAsync(cancellationToken);
        var now = Now;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Complaint copy;
        using (currentTenant.Change(target))
        {
            var targetCategory = await db.Set<Category>().Where(c => c.Active && (c.Code == category.Code || c.Code == DefaultCategories.Other))
                .OrderBy(c => c.Code == category.Code ? 0 : 1).FirstOrDefaultAsync(cancellationToken)
                ?? throw new BusinessRuleException(new($"{target.Name.Th} ไม่มีหมวด \"{category.NameTh}\" หรือหมวดเรื่องอื่น ๆ ให้รับเรื่อง",
                    $"{target.Name.En} has neither the category \"{category.NameEn}\" nor an \"other\" category to receive it."), "lao");
            copy = new Complaint(targetCategory.Id, targetCategory.Confidential || complaint.Confidential, complaint.Description, ComplaintChannel.Transfer)
            {
                Latitude = complaint.Latitude, Longitude = complaint.Longitude, Address = complaint.Address, AddressId = complaint.AddressId,
                Zipcode = complaint.Zipcode, Department = targetCategory.Department, ChannelDetail = sourceTenant.Name.Th,
                ReporterUserId = complaint.ReporterUserId, ReporterName = complaint.ReporterName, ReporterEmail = complaint.ReporterEmail,
                ReporterPhone = complaint.ReporterPhone, DeviceId = complaint.DeviceId, AccountId = complaint.AccountId,
                MediaUrl = complaint.MediaUrl, AttributesJson = targetCategory.Code == category.Code ? complaint.AttributesJson : null,
                AccessKeyHash = complaint.AccessKeyHash, AccessKeyCipher = complaint.AccessKeyCipher, Culture = complaint.Culture,
                TransferredFromLao = sourceTenant.Name.Th, TransferredFromCode = complaint.TrackingCode,
            };
            var number = await numbers.NextAsync(ComplaintFiling.Sequence, now, cancellationToken);
            db.Add(copy);
            foreach (var step in history.Where(e => e.IsPublic))
            {
                db.Add(new ComplaintEvent(copy.Id, step.At, step.Kind, step.Status)
                {
                    Actor = step.Actor is null ? null : $"{step.Actor} ({sourceTenant.Name.Th})",
                    PublicNote = step.PublicNote, Department = step.Department,
                });
            }
            var received = copy.Receive(number.Formatted, now, targetCategory.SlaHours, ComplaintEventKind.Received);
            received.PublicNote = new LocalizedText($"รับเรื่องต่อจาก {sourceTenant.Name.Th} (เลขเดิม {complaint.TrackingCode})",
                $"Received from {sourceTenant.Name.En} (was {complaint.TrackingCode})").Stored;
            received.InternalNote = reason.Trim();
            received.Actor = actor;
            db.Add(received);
            foreach (var photo in photos)
            {
                db.Add(photo.CopyFor(copy.Id));
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        foreach (var photo in photos)
        {
            db.Entry(photo).State = EntityState.Unchanged;
        }
        db.Add(complaint.TransferTo(target.Code, target.Name.Th, copy.TrackingCode!, reason, now, actor));
        await SaveAsync(complaint, notify: true, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return complaint;
    }

    public async Task SetPhotoHiddenAsync(string code, Guid photoId, bool hidden, CancellationToken cancellationToken)
    {
        var complaint = await FindAsync(code, cancellationToken);
        var photo = await db.Set<ComplaintPhoto>().SingleOrDefaultAsync(p => p.Id == photoId && p.ComplaintId == complaint.Id, cancellationToken)
            ?? throw new BusinessRuleException(new("ไม่พบรูปนี้", "No such photo."), null, 404);
        photo.Hidden = hidden;
        db.Add(complaint.AddNote((hidden ? new LocalizedText("ซ่อนรูปจากสาธารณะ", "Photo hidden from the public") : new LocalizedText("แสดงรูปต่อสาธารณะ", "Photo shown to the public")).Stored, Now, null));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Complaint> LoadForUpdateAsync(string code, string? stamp, CancellationToken cancellationToken)
    {
        var complaint = await FindAsync(code, cancellationToken);
        if (!string.IsNullOrEmpty(stamp))
        {
            db.Entry(complaint).Property(c => c.ConcurrencyStamp).OriginalValue = stamp;
        }
        return complaint;
    }

    private void RequireReporter(Complaint complaint, ReporterProof proof)
    {
        if (!IsReporter(complaint, proof))
        {
            throw new BusinessRuleException(new("เฉพาะผู้แจ้งเรื่องเท่านั้นที่ทำรายการนี้ได้ เข้าสู่ระบบ หรือเปิดลิงก์จากอีเมลที่ได้รับ",
                "Only the person who reported it can do this: sign in, or open the link in the email we sent you."), null, 403);
        }
    }

    private async Task SaveAsync(Complaint complaint, bool notify, CancellationToken cancellationToken)
    {
        if (notify)
        {
            var category = await db.Set<Category>().SingleAsync(c => c.Id == complaint.CategoryId, cancellationToken);
            var followers = await db.Set<ComplaintFollower>().Where(f => f.ComplaintId == complaint.Id).Select(f => f.Email).ToListAsync(cancellationToken);
            var key = complaint.ReporterUserId is null && complaint.AccessKeyCipher is { } cipher ? vault.Unprotect(cipher) : null;
            await mail.QueueUpdatedAsync(complaint, complaint.Culture == "en" ? category.NameEn : category.NameTh, key, followers, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
