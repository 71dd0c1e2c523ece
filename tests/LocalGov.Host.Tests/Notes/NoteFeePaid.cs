using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Tests.Notes;

/// <summary>The Notes module's side of Payments: a note whose fee is paid counts as reviewed (as a permit would be issued).</summary>
internal sealed class NoteFeePaid(LocalGovDbContext db) : IBillEventHandler
{
    public string Module => "Notes";

    public async Task OnPaidAsync(BillPaid paid, CancellationToken cancellationToken)
    {
        var note = await db.Set<Note>().SingleAsync(n => n.Id == Guid.Parse(paid.Source.Reference), cancellationToken);
        note.Reviewed = true;
    }

    public Task OnPartiallyPaidAsync(BillPartiallyPaid paid, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task OnPaymentVoidedAsync(BillPaymentVoided voided, CancellationToken cancellationToken)
    {
        var note = await db.Set<Note>().SingleAsync(n => n.Id == Guid.Parse(voided.Source.Reference), cancellationToken);
        note.Reviewed = false;
    }
}
