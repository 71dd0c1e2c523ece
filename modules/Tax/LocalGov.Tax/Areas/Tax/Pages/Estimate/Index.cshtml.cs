using System.Globalization;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Tax.Estimator;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Rates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalGov.Tax.Areas.Tax.Pages.Estimate;

/// <summary>
/// The public estimator as a page (รู้ภาษีก่อนได้รับแจ้ง), no sign-in: land and building by use and value, or a
/// signboard by its measure; the form posts to the page, which answers with the tax, each band, the exemption, the
/// relief and a plain-language explanation, next to the LAO's rate table for the year. Bad input is answered
/// beside its field and the form keeps what was typed.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Calculator)]
public sealed class IndexModel(Estimates estimates, TaxRates taxRates, TimeProvider clock) : TaxPage
{
    [BindProperty] public string? LandYear { get; set; }
    [BindProperty] public string? Use { get; set; }
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public string? YearsVacant { get; set; }

    [BindProperty] public string? SignYear { get; set; }
    [BindProperty] public string? SignType { get; set; }
    [BindProperty] public bool Moving { get; set; }
    [BindProperty] public string? WidthCm { get; set; }
    [BindProperty] public string? HeightCm { get; set; }
    [BindProperty] public string? InstalledOn { get; set; }

    public LandBuildingEstimate? Land { get; private set; }
    public SignboardEstimate? Signboard { get; private set; }
    public int CurrentYear { get; private set; }
    /// <summary>The year whose rate table is shown.</summary>
    public int RatesYear { get; private set; }
    public ScheduleRates Rates { get; private set; } = null!;

    public IReadOnlyList<int> Years => [.. Enumerable.Range(TaxRates.FirstYear, CurrentYear + TaxRates.LastYearAhead - TaxRates.FirstYear + 1).Reverse()];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CurrentYear = BangkokTime.Today(clock).Year;
        LandYear ??= CurrentYear.ToString(CultureInfo.InvariantCulture);
        SignYear ??= LandYear;
        Use ??= LandUse.MainHome.Code();
        Owner ??= "individual";
        await LoadRatesAsync(CurrentYear, cancellationToken);
    }

    public async Task<IActionResult> OnPostLandAsync(CancellationToken cancellationToken)
    {
        CurrentYear = BangkokTime.Today(clock).Year;
        SignYear ??= LandYear;
        var year = WholeNumber(LandYear, nameof(LandYear), T("ปีภาษี", "tax year"));
        var use = LandUses.FromCode(Use);
        if (use is null)
        {
            ModelState.AddModelError(nameof(Use), T("เลือกการใช้ประโยชน์", "Choose the use."));
        }
        var value = Baht(Value, nameof(Value));
        var yearsVacant = string.IsNullOrWhiteSpace(YearsVacant) ? 0 : WholeNumber(YearsVacant, nameof(YearsVacant), T("จำนวนปีที่ทิ้งว่าง", "years vacant"));
        if (Owner is not ("individual" or "juristic"))
        {
            ModelState.AddModelError(nameof(Owner), T("เลือกบุคคลธรรมดาหรือนิติบุคคล", "Choose individual or juristic person."));
        }
        if (use != LandUse.Vacant)
        {
            yearsVacant = 0; // shown only for vacant land
        }
        if (ModelState.IsValid)
        {
            try
            {
                Land = await estimates.LandBuildingAsync(year!.Value, use!.Value, value!.Value, Owner == "individual", yearsVacant ?? 0, cancellationToken);
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(LandField(e.Field), e.UserMessage.For(CultureInfo.CurrentUICulture));
            }
        }
        return await AnswerAsync(year, cancellationToken);
    }

    public async Task<IActionResult> OnPostSignAsync(CancellationToken cancellationToken)
    {
        CurrentYear = BangkokTime.Today(clock).Year;
        LandYear ??= SignYear;
        Use ??= LandUse.MainHome.Code();
        Owner ??= "individual";
        var year = WholeNumber(SignYear, nameof(SignYear), T("ปีภาษี", "tax year"));
        var type = SignType is "1" or "2" or "3" ? int.Parse(SignType, CultureInfo.InvariantCulture) : (int?)null;
        if (type is null)
        {
            ModelState.AddModelError(nameof(SignType), T("เลือกประเภทป้าย 1, 2 หรือ 3", "Choose sign type 1, 2 or 3."));
        }
        var width = WholeNumber(WidthCm, nameof(WidthCm), T("ความกว้าง (ซม.)", "width (cm)"));
        var height = WholeNumber(HeightCm, nameof(HeightCm), T("ความสูง (ซม.)", "height (cm)"));
        DateOnly? installed = DateOnly.TryParseExact(InstalledOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) ? on : null;
        if (installed is null)
        {
            ModelState.AddModelError(nameof(InstalledOn), T("ระบุวันที่ติดตั้งป้าย (เลือกจากปฏิทิน)", "Give the date the sign went up (pick it from the calendar)."));
        }
        if (ModelState.IsValid)
        {
            try
            {
                Signboard = await estimates.SignboardAsync(year!.Value, type!.Value, Moving, width!.Value, height!.Value, installed!.Value, cancellationToken);
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(SignField(e.Field), e.UserMessage.For(CultureInfo.CurrentUICulture));
            }
        }
        return await AnswerAsync(year, cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(int? year, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await LoadRatesAsync(year is { } y && TaxRates.IsKnownYear(y, CurrentYear) ? y : CurrentYear, cancellationToken);
        return Page();
    }

    private async Task LoadRatesAsync(int year, CancellationToken cancellationToken)
    {
        RatesYear = year;
        Rates = await taxRates.ForYearAsync(year, cancellationToken);
    }

    private static string LandField(string? field) => field switch
    {
        "taxYear" => nameof(LandYear),
        "use" => nameof(Use),
        "yearsVacant" => nameof(YearsVacant),
        "ownerIsIndividual" => nameof(Owner),
        _ => nameof(Value),
    };

    private static string SignField(string? field) => field switch
    {
        "taxYear" => nameof(SignYear),
        "type" => nameof(SignType),
        "widthCm" => nameof(WidthCm),
        "heightCm" => nameof(HeightCm),
        _ => nameof(InstalledOn),
    };

    /// <summary>A whole number as typed (Thai or Arabic digits, commas allowed); an error beside the field otherwise. A Buddhist year is read as CE for years.</summary>
    private int? WholeNumber(string? text, string field, string label)
    {
        var cleaned = Normalize(text);
        if (!int.TryParse(cleaned, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number) || number < 0)
        {
            ModelState.AddModelError(field, T($"{label}: ใส่เป็นจำนวนเต็ม", $"The {label} must be a whole number."));
            return null;
        }
        return field is nameof(LandYear) or nameof(SignYear) && number >= 2400 ? number - 543 : number;
    }

    private decimal? Baht(string? text, string field)
    {
        var cleaned = Normalize(text);
        if (!decimal.TryParse(cleaned, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            ModelState.AddModelError(field, T("มูลค่าต้องเป็นจำนวนเงินบาท เช่น 2,500,000 หรือ 2500000.50", "The value must be an amount of baht, e.g. 2,500,000 or 2500000.50."));
            return null;
        }
        if (Math.Round(amount, 2) != amount)
        {
            ModelState.AddModelError(field, T("มูลค่าละเอียดได้ถึงสตางค์ (ทศนิยม 2 ตำแหน่ง)", "The value goes down to satang (2 decimals) at most."));
            return null;
        }
        return amount;
    }

    private static string Normalize(string? text)
    {
        var chars = (text ?? "").Trim().Select(c => c is >= '๐' and <= '๙' ? (char)('0' + (c - '๐')) : c).Where(c => c != ' ' && c != '฿').ToArray();
        return new string(chars);
    }
}
