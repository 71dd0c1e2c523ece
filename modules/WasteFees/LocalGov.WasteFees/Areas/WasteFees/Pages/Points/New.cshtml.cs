using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Timing;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Points;

/// <summary>Registers a service point; an evidence file for its exemption is saved with it, or neither is.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + WasteFeesPermissions.Manage)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[RequestSizeLimit(MaxRequestBytes)]
public sealed class NewModel(LocalGovDbContext db, ServicePointRegistry registry, HouseCodeDuplicates duplicates, IPersonalDataVault vault, TimeProvider clock)
    : PointFormPage(db, registry, duplicates, vault)
{
    public override bool IsNew => true;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new ServicePointInput { StartDate = ServicePointFields.IsoDate(BangkokTime.Today(clock)) };
        await LoadClassesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadClassesAsync(cancellationToken);
        if (await CheckAsync(null, keepStoredId: false, cancellationToken) is not var (details, evidence))
        {
            return Page();
        }
        ServicePoint? point = null;
        var saved = await TryAsync(Db, async () =>
        {
            if (evidence is null)
            {
                point = await Registry.CreateAsync(details, cancellationToken);
                return;
            }
            await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
            point = await Registry.CreateAsync(details, cancellationToken);
            Db.Add(evidence.For(point.Id));
            await Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return saved ? LocalRedirect($"{Request.PathBase}/staff/waste/points/{point!.Id}?saved=1") : Page();
    }
}
