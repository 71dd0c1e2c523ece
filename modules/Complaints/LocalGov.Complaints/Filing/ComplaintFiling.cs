using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Notifications;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Filing;

/// <summary>
/// Files a complaint from any channel: checks it whole (category, text, place, photos, answers, contact) before
/// anything is written, then saves complaint, photos, first timeline step, tracking code and mail in one
/// transaction. Someone without an account confirms by email first (as FixMyStreet does); the tracking code is
/// taken only then, so numbers stay gap-free.
/// </summary>
public sealed class ComplaintFiling(
    LocalGovDbContext db,
    INumberingService numbers,
    IPersonalDataVault vault,
    ComplaintMail mail,
    TimeProvider clock)
{
    public const string Sequence = "CMP";
    public static readonly TimeSpan ConfirmationWindow = TimeSpan.FromDays(7);

    public async Task<FilingResult> FileAsync(FilingRequest request, CancellationToken cancellationToken = default)
    {
        var category = await db.Set<Category>().SingleOrDefaultAsync(c => c.Code == request.CategoryCode && c.Active, cancellationToken)
            ?? throw new BusinessRuleException(new("เลือกประเภทเรื่อง", "Choose what the complaint is about."), "category");
        var description = Complaint.Clean(request.Description);
        if (description is null && request.Channel != ComplaintChannel.Open311)
        {
            throw new BusinessRuleException(new("เล่าว่าเกิดอะไรขึ้น", "Describe the problem."), "description");
        }
        if (description is { Length: > Complaint.MaxDescription })
        {
            throw new BusinessRuleException(new($"รายละเอียดยาวเกิน {Complaint.MaxDescription:N0} ตัวอักษร",
                $"The description is longer than {Complaint.MaxDescription:N0} characters."), "description");
        }
        var point = GeoPoint.From(request.Latitude, request.Longitude);
        var address = Limit(request.Address, 500, "address", new("ที่อยู่", "The address"));
        if (point is null && address is null && Complaint.Clean(request.AddressId) is null)
        {
            throw new BusinessRuleException(new("ปักหมุดบนแผนที่หรือเขียนสถานที่เกิดเหตุ", "Drop a pin on the map or write where it is."), "location");
        }
        if (request.Photos.Count > PhotoFile.MaxPerComplaint)
        {
            throw PhotoFile.TooMany();
        }
        var answers = AttributeAnswers.Validate(category, request.Attributes);
        var reporter = CheckReporter(request);

        var complaint = new Complaint(category.Id, category.Confidential, description ?? "", request.Channel)
        {
            Latitude = point?.Latitude,
            Longitude = point?.Longitude,
            Address = address,
            AddressId = Limit(request.AddressId, 100, "address_id", new("รหัสที่อยู่", "The address ID")),
            Zipcode = Limit(request.Zipcode, 10, "zipcode", new("รหัสไปรษณีย์", "The postcode")),
            Department = category.Department,
            ChannelDetail = Limit(request.ChannelDetail, 200, "channel", new("ช่องทาง", "The channel detail")),
            ReporterUserId = reporter.UserId,
            ReporterName = reporter.Name,
            ReporterEmail = reporter.Email,
            ReporterPhone = reporter.Phone,
            DeviceId = Limit(request.DeviceId, 100, "device_id", new("รหัสอุปกรณ์", "The device ID")),
            AccountId = Limit(request.AccountId, 100, "account_id", new("รหัสบัญชี", "The account ID")),
            MediaUrl = CheckMediaUrl(request.MediaUrl),
            AttributesJson = answers,
            Culture = request.Culture == "en" ? "en" : "th",
        };
        if (request.ConfirmByEmail && reporter.Email is null)
        {
            throw new BusinessRuleException(new("ใส่อีเมลเพื่อยืนยันการแจ้งเรื่อง หรือเข้าสู่ระบบก่อน",
                "Give your email address to confirm the report, or sign in first."), "email");
        }
        var accessKey = reporter.Email is null ? null : NewKey();
        if (accessKey is not null)
        {
            var protectedKey = vault.Protect(accessKey);
            complaint.AccessKeyHash = protectedKey.Hash;
            complaint.AccessKeyCipher = protectedKey.Cipher;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var owns = db.Database.CurrentTransaction is null;
        await using var transaction = owns ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        ComplaintEvent first;
        if (request.ConfirmByEmail)
        {
            first = complaint.AwaitConfirmation(now, now + ConfirmationWindow);
        }
        else
        {
            var code = await numbers.NextAsync(Sequence, now, cancellationToken);
            first = complaint.Receive(code.Formatted, now, category.SlaHours);
        }
        first.PublicNote = ComplaintStatusText.Of(request.Channel) is var via ? new LocalizedText($"ผ่าน{via.Th}", $"via {via.En}").Stored : null;
        db.Add(complaint);
        db.Add(first);
        for (var i = 0; i < request.Photos.Count; i++)
        {
            db.Add(new ComplaintPhoto(complaint.Id, PhotoKind.Report, request.Photos[i].ContentType, request.Photos[i].Data, i + 1));
        }
        var categoryName = complaint.Culture == "en" ? category.NameEn : category.NameTh;
        if (request.ConfirmByEmail)
        {
            await mail.QueueConfirmAsync(complaint, categoryName, accessKey!, cancellationToken);
        }
        else
        {
            await mail.QueueReceivedAsync(complaint, categoryName, complaint.ReporterUserId is null ? accessKey : null, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return new FilingResult(complaint, accessKey);
    }

    /// <summary>
    /// The filer clicked the link in the confirmation mail: the complaint is received now (tracking code, SLA
    /// clock). Clicking again shows the same complaint; a wrong or expired link changes nothing.
    /// </summary>
    public async Task<Complaint> ConfirmAsync(Guid id, string? key, CancellationToken cancellationToken = default)
    {
        var complaint = await db.Set<Complaint>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null || !vault.Matches(key, complaint.AccessKeyHash))
        {
            throw new BusinessRuleException(new("ลิงก์ยืนยันไม่ถูกต้อง ตรวจดูว่าคัดลอกลิงก์จากอีเมลครบถ้วน",
                "This confirmation link is not valid; check that you copied the whole link from the email."), null, 404);
        }
        if (complaint.Status != ComplaintStatus.PendingConfirmation)
        {
            return complaint;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (complaint.ConfirmationExpiresAt is { } expires && expires < now)
        {
            throw new BusinessRuleException(new("ลิงก์ยืนยันหมดอายุแล้ว กรุณาแจ้งเรื่องใหม่", "This confirmation link has expired; please report the problem again."), null, 410);
        }
        var category = await db.Set<Category>().SingleAsync(c => c.Id == complaint.CategoryId, cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var code = await numbers.NextAsync(Sequence, now, cancellationToken);
            db.Add(complaint.Receive(code.Formatted, now, category.SlaHours, ComplaintEventKind.Confirmed));
            await mail.QueueReceivedAsync(complaint, complaint.Culture == "en" ? category.NameEn : category.NameTh, key, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return complaint;
        }
        catch (DbUpdateConcurrencyException)
        {
            // a double click: the other click confirmed it first (and took the number); show that one
            db.ChangeTracker.Clear();
            return await db.Set<Complaint>().AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
        }
    }

    public static string NewKey() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();

    private static Reporter CheckReporter(FilingRequest request)
    {
        var r = request.Reporter;
        var email = Complaint.Clean(r.Email);
        if (email is not null && (email.Length > 256 || !EmailAddress.IsPlausible(email)))
        {
            throw new BusinessRuleException(new("อีเมลไม่ถูกต้อง เช่น somchai@example.com", "The email address is not valid, e.g. somchai@example.com."), "email");
        }
        var phone = Complaint.Clean(r.Phone);
        if (phone is not null && (phone.Length > 30 || phone.Count(char.IsDigit) < 9 || phone.Any(c => !char.IsDigit(c) && c is not (' ' or '-' or '+' or '(' or ')'))))
        {
            throw new BusinessRuleException(new("เบอร์โทรศัพท์ไม่ถูกต้อง เช่น 081-234-5678", "The phone number is not valid, e.g. 081-234-5678."), "phone");
        }
        return new Reporter(r.UserId, Limit(r.Name, 200, "name", new("ชื่อ", "The name")), email, phone);
    }

    private static string? CheckMediaUrl(string? url)
    {
        var value = Complaint.Clean(url);
        if (value is null)
        {
            return null;
        }
        if (value.Length > 1000 || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new BusinessRuleException(new("media_url ต้องเป็นลิงก์ http หรือ https", "media_url must be an http or https link."), "media_url");
        }
        return value;
    }

    internal static string? Limit(string? value, int max, string field, LocalizedText what)
    {
        var text = Complaint.Clean(value);
        if (text is { Length: var length } && length > max)
        {
            throw new BusinessRuleException(new($"{what.Th}ยาวเกิน {max} ตัวอักษร", $"{what.En} is longer than {max} characters."), field);
        }
        return text;
    }
}
