using System.Globalization;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Registry;

/// <summary>
/// The LAO's appraisal prices by kind (land zone per square wa, building type per m², condominium project per m²),
/// each from the year it takes effect; a price for the same kind, code and year is replaced.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Registry)]
public sealed class PricesModel(LocalGovDbContext db, TaxRegistry registry) : TaxPage
{
    public IReadOnlyList<AppraisalPrice> Prices { get; private set; } = [];
    public bool Saved { get; private set; }

    [BindProperty] public PriceKind? Kind { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? FromYear { get; set; }
    [BindProperty] public string? Price { get; set; }

    public async Task OnGetAsync(bool? saved, CancellationToken cancellationToken)
    {
        Saved = saved == true;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var errors = new List<FieldError>();
        if (Kind is null || !Enum.IsDefined(Kind.Value))
        {
            errors.Add(new("Kind", new("เลือกชนิดราคา", "Choose the kind of price.")));
        }
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            errors.Add(new("Name", new("ระบุชื่อหรือคำอธิบายของรหัส (ไม่เกิน 200 ตัวอักษร)", "Give what the code means (at most 200 characters).")));
        }
        if (!int.TryParse(FromYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            errors.Add(new("FromYear", new("ระบุปีที่เริ่มใช้ (ค.ศ. หรือ พ.ศ.)", "Give the year it applies from (CE or Buddhist year).")));
        }
        if (!decimal.TryParse(Price, NumberStyles.Number, CultureInfo.InvariantCulture, out var price))
        {
            errors.Add(new("Price", new("ระบุราคาเป็นตัวเลข (บาท)", "Give the price as a number of baht.")));
        }
        if (errors.Count > 0)
        {
            AddErrors(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (await TryAsync(db, async () =>
            {
                await registry.SetPriceAsync(Kind!.Value, Code ?? "", year, price, Name!, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }))
        {
            return LocalRedirect($"{Request.PathBase}/staff/tax/registry/prices?saved=true");
        }
        return Page();
    }

    public string? Described(string field) => FieldErrors(field).Length > 0 ? "e-" + field : null;

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Prices = await db.Set<AppraisalPrice>().AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Code).ThenByDescending(p => p.FromYear).ToListAsync(cancellationToken);
}
