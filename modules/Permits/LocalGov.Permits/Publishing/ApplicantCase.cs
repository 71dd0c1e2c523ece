using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Publishing;

/// <summary>The fee bill of an application as its applicant sees it: amount due today, the lines when known, the PromptPay code.</summary>
public sealed record ApplicantBill(BillView Bill, string? QrCode);

/// <summary>Everything the applicant's own page shows about one application.</summary>
public sealed record ApplicantView(
    PermitApplication Application,
    PermitType Type,
    IReadOnlyList<ApplicationEvent> Timeline,
    IReadOnlyList<DocumentInfo> Documents,
    ApplicantBill? Bill,
    Permit? Permit,
    Permit? Renews);

/// <summary>
/// An application as its applicant may see it: only the account that filed it finds it (anyone else gets nothing,
/// as if it did not exist), with the public steps of its timeline, its documents, the fee bill and the permit.
/// </summary>
public sealed class ApplicantCase(LocalGovDbContext db, PermitFiling filing, IBilling billing, IBillPresentation presentation)
{
    public async Task<ApplicantView?> FindAsync(string number, Guid userId, CancellationToken cancellationToken)
    {
        var application = await db.Set<PermitApplication>().AsNoTracking()
            .SingleOrDefaultAsync(a => a.Number == number && a.ApplicantUserId == userId, cancellationToken);
        if (application is null)
        {
            return null;
        }
        var type = await db.Set<PermitType>().AsNoTracking().SingleAsync(t => t.Id == application.PermitTypeId, cancellationToken);
        var events = await db.Set<ApplicationEvent>().AsNoTracking().Where(e => e.ApplicationId == application.Id && e.Kind != ApplicationEventKind.Note)
            .OrderBy(e => e.At).ToListAsync(cancellationToken);
        var permit = application.PermitId is { } permitId
            ? await db.Set<Permit>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == permitId, cancellationToken)
            : null;
        var renews = application.RenewsPermitId is { } renewsId
            ? await db.Set<Permit>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == renewsId, cancellationToken)
            : null;
        return new ApplicantView(application, type, events, await filing.DocumentsAsync(application.Id, cancellationToken),
            await BillAsync(application, cancellationToken), permit, renews);
    }

    private async Task<ApplicantBill?> BillAsync(PermitApplication application, CancellationToken cancellationToken)
    {
        var bills = await billing.FindBySourceAsync(Issuing.PermitBillEvents.ModuleName, application.Number, cancellationToken);
        var bill = bills.Where(b => b.Status != BillStatus.Cancelled).OrderByDescending(b => b.DueDate).FirstOrDefault();
        if (bill is null)
        {
            return null;
        }
        var qr = bill.Status is BillStatus.Open or BillStatus.PartiallyPaid ? await presentation.QrCodeAsync(bill.Id, cancellationToken) : null;
        return new ApplicantBill(bill, qr);
    }
}
