using LocalGov.Permits.Notifications;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.PersonalData;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Applying;

/// <summary>What a new application needs besides its checked details.</summary>
public sealed record FilingRequest(
    PermitType Type,
    ApplicationDetails Details,
    IReadOnlyList<CheckedDocument> Documents,
    ApplicationChannel Channel,
    Guid? ApplicantUserId,
    string? ReceivedBy,
    string Culture,
    ApplicationKind Kind = ApplicationKind.New,
    Guid? RenewsPermitId = null,
    bool Unchanged = false);

/// <summary>
/// Takes in an application, online or at the counter: one transaction gives it its number (PMA-2570-000123), starts
/// the decision clock, keeps its documents and queues the "received" mail with the due date. The national ID is
/// stored encrypted, with a keyed hash for look-up and a masked copy for staff screens.
/// </summary>
public sealed class PermitFiling(LocalGovDbContext db, INumberingService numbers, IPersonalDataVault vault, PermitMail mail, TimeProvider clock)
{
    public const string Sequence = "PMA";

    public async Task<PermitApplication> SubmitAsync(FilingRequest request, CancellationToken cancellationToken = default)
    {
        var details = request.Details;
        var application = new PermitApplication(request.Type, request.Kind, request.Channel)
        {
            RenewsPermitId = request.RenewsPermitId,
            Unchanged = request.Unchanged,
            ApplicantKind = details.ApplicantKind,
            ApplicantUserId = request.ApplicantUserId,
            ApplicantName = details.ApplicantName,
            ApplicantEmail = details.Email,
            ApplicantPhone = details.Phone,
            Culture = request.Culture == "en" ? "en" : "th",
            BusinessName = details.BusinessName,
            PremisesAddress = details.PremisesAddress,
            AreaSquareMetres = details.AreaSquareMetres,
            FeeCategory = details.FeeCategory,
            Answers = details.Answers,
            ReceivedBy = request.ReceivedBy,
        };
        if (details.ApplicantKind == ApplicantKind.Person)
        {
            var protectedId = vault.Protect(details.ApplicantId);
            application.ApplicantIdCipher = protectedId.Cipher;
            application.ApplicantIdHash = protectedId.Hash;
            application.ApplicantIdMasked = ThaiNationalId.Mask(details.ApplicantId);
        }
        else
        {
            application.JuristicTaxId = details.ApplicantId;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var owns = db.Database.CurrentTransaction is null;
        await using var transaction = owns ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var number = await numbers.NextAsync(Sequence, now, cancellationToken);
        db.Add(application);
        db.Add(application.Submit(number.Formatted, now, request.Type.DecisionDays));
        foreach (var document in request.Documents)
        {
            db.Add(new ApplicationDocument(application.Id, document.DocumentCode, document.FileName, document.ContentType, document.Data, now, supplement: false));
        }
        await mail.QueueReceivedAsync(application, request.Type, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return application;
    }

    /// <summary>The documents of an application, without their bytes.</summary>
    public Task<List<DocumentInfo>> DocumentsAsync(Guid applicationId, CancellationToken cancellationToken) =>
        db.Set<ApplicationDocument>().AsNoTracking().Where(d => d.ApplicationId == applicationId).OrderBy(d => d.UploadedAt)
            .Select(d => new DocumentInfo(d.Id, d.DocumentCode, d.FileName, d.ContentType, d.Length, d.UploadedAt, d.Supplement))
            .ToListAsync(cancellationToken);
}
