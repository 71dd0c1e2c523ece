using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Assessment;

/// <summary>One notice or warning to post: the assessment, the owner's address, and which letter it is.</summary>
public sealed record LetterRow(string Number, TaxKind Kind, int Year, string PayerCode, string PayerName, string? Address, decimal Total,
    decimal Outstanding, DateOnly NoticeDate, DateOnly DueDate, DateOnly? WarningIssuedOn, DateOnly? WarningDeadline);

/// <summary>Notices and warnings of owners with no email on file, to print and send by post.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Assess)]
public sealed class LettersModel(LocalGovDbContext db, TimeProvider clock) : TaxPage
{
    public const int Limit = 1000;

    [BindProperty(SupportsGet = true, Name = "y")]
    public int? Year { get; set; }

    public IReadOnlyList<LetterRow> Letters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var year = TaxRegistry.CommonEra(Year) ?? BangkokTime.Today(clock).Year;
        Year = year;
        Letters = await (from a in db.Set<TaxAssessment>().AsNoTracking()
                         join p in db.Set<TaxPayer>().AsNoTracking() on a.PayerId equals p.Id
                         where a.Year == year && a.NotifiedAt == null && (p.Email == null || p.Email == "")
                         orderby p.Code, a.Number
                         select new LetterRow(a.Number, a.Kind, a.Year, p.Code, p.Name, p.Address, a.Tax + a.Surcharge, a.Billed - a.Paid,
                             a.NoticeDate, a.DueDate, a.WarningIssuedOn, a.WarningDeadline))
            .Take(Limit).ToListAsync(cancellationToken);
    }
}
