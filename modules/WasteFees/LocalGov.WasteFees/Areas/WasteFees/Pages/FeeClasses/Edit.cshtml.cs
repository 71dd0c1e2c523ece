using System.Globalization;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using LocalGov.WasteFees.FeeClasses;
using LocalGov.WasteFees.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.FeeClasses;

/// <summary>The fee-class form as posted: every value a string, so a typo is reported, not lost.</summary>
public sealed record FeeClassForm
{
    public string Code { get; init; } = "";
    public string NameTh { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string Producer { get; init; } = nameof(WasteProducer.Household);
    public string LitresPerDay { get; init; } = "20";
    public string CollectionRate { get; init; } = "";
    public string DisposalRate { get; init; } = "";
    public string Order { get; init; } = "0";
    public bool Active { get; init; } = true;

    public static FeeClassForm Read(IFormCollection form) => new()
    {
        Code = form["code"].ToString(), NameTh = form["nameTh"].ToString(), NameEn = form["nameEn"].ToString(),
        Producer = form["producer"].ToString(), LitresPerDay = form["litresPerDay"].ToString(), CollectionRate = form["collectionRate"].ToString(),
        DisposalRate = form["disposalRate"].ToString(), Order = form["order"].ToString(), Active = form["active"].Contains("true"),
    };

    public static FeeClassForm From(FeeClass c) => new()
    {
        Code = c.Code, NameTh = c.NameTh, NameEn = c.NameEn, Producer = c.Producer.ToString(), Active = c.Active,
        LitresPerDay = c.LitresPerDay.ToString(CultureInfo.InvariantCulture), Order = c.Order.ToString(CultureInfo.InvariantCulture),
        CollectionRate = c.CollectionRate.ToString("0.00", CultureInfo.InvariantCulture), DisposalRate = c.DisposalRate.ToString("0.00", CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// Adds a fee class or edits one. The code is fixed once created (CSV files and charges name it); rates above the
/// legal ceiling are refused with the ceiling named; a class is deactivated, never deleted (points and charges
/// keep it). A stale form is a 409.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + WasteFeesPermissions.Manage)]
public sealed class EditModel(LocalGovDbContext db) : WasteFeesPage
{
    /// <summary>The class being edited (from the query string: the form's own "code" field is the new class's code).</summary>
    public string? Code => Request.Query["code"] is { Count: 1 } code && code[0] is { Length: > 0 } value ? value : null;
    public FeeClassForm Input { get; private set; } = new();
    public string? Stamp { get; private set; }
    public bool IsNew => Code is null;

    /// <summary>The legal ceiling for the litres on the form, when they are a number.</summary>
    public decimal? Ceiling => int.TryParse(Input.LitresPerDay, NumberStyles.None, CultureInfo.InvariantCulture, out var litres) && litres is >= 1 and <= FeeCeiling.MaxLitresPerDay
        ? FeeCeiling.TotalFor(litres) : null;

    public bool HouseholdTier => int.TryParse(Input.LitresPerDay, NumberStyles.None, CultureInfo.InvariantCulture, out var litres) && litres <= FeeCeiling.HouseholdLitresPerDay;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Code is null)
        {
            return Page();
        }
        var c = await db.Set<FeeClass>().AsNoTracking().SingleOrDefaultAsync(x => x.Code == Code, cancellationToken);
        if (c is null)
        {
            return NotFound();
        }
        Input = FeeClassForm.From(c);
        Stamp = c.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? stamp, CancellationToken cancellationToken)
    {
        Input = FeeClassForm.Read(Request.Form);
        Stamp = stamp;
        FeeClass? existing = null;
        if (Code is not null)
        {
            existing = await db.Set<FeeClass>().SingleOrDefaultAsync(x => x.Code == Code, cancellationToken);
            if (existing is null)
            {
                return NotFound();
            }
            Input = Input with { Code = existing.Code };
        }
        var litres = Whole(Input.LitresPerDay, "litresPerDay", "ปริมาณขยะต่อวัน (ลิตร)", "Litres a day");
        var collection = Baht(Input.CollectionRate, "collectionRate", "ค่าเก็บและขน", "The collection rate");
        var disposal = Baht(Input.DisposalRate, "disposalRate", "ค่ากำจัด", "The disposal rate");
        var order = Whole(string.IsNullOrWhiteSpace(Input.Order) ? "0" : Input.Order, "order", "ลำดับ", "The order");
        if (!Enum.TryParse<WasteProducer>(Input.Producer, out var producer) || !Enum.IsDefined(producer))
        {
            Error("เลือกประเภทผู้ก่อมูลฝอย", "Choose who produces the waste.", "producer");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (await TryAsync(db, async () =>
            {
                if (existing is null)
                {
                    var code = FeeClass.NormalizeCode(Input.Code);
                    if (await db.Set<FeeClass>().AnyAsync(c => c.Code == code, cancellationToken))
                    {
                        throw new BusinessRuleException(new($"มีประเภทรหัส {code} อยู่แล้ว", $"There is already a class {code}."), "code");
                    }
                    var created = new FeeClass(code, Input.NameTh, Input.NameEn, producer, litres!.Value, collection!.Value, disposal!.Value, order!.Value);
                    if (!Input.Active)
                    {
                        created.Update(Input.NameTh, Input.NameEn, producer, litres.Value, collection.Value, disposal.Value, active: false, order.Value);
                    }
                    db.Add(created);
                }
                else
                {
                    db.Entry(existing).Property(c => c.ConcurrencyStamp).OriginalValue = stamp ?? "";
                    existing.Update(Input.NameTh, Input.NameEn, producer, litres!.Value, collection!.Value, disposal!.Value, Input.Active, order!.Value);
                }
                await db.SaveChangesAsync(cancellationToken);
            }))
        {
            return LocalRedirect($"{Request.PathBase}/staff/waste/classes");
        }
        return Page();
    }

    public IEnumerable<WasteProducer> Producers => Enum.GetValues<WasteProducer>();

    private int? Whole(string text, string field, string th, string en)
    {
        if (int.TryParse(text.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }
        Error($"{th}ต้องเป็นจำนวนเต็มไม่ติดลบ", $"{en} must be a whole number, 0 or more.", field);
        return null;
    }

    private decimal? Baht(string text, string field, string th, string en)
    {
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Error($"{th}ต้องเป็นจำนวนเงินบาท เช่น 40 หรือ 40.50", $"{en} must be an amount in baht, e.g. 40 or 40.50.", field);
        return null;
    }
}
