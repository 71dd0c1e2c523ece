using System.Globalization;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Rates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tax.Areas.Tax.Pages.Rates;

/// <summary>
/// One year's rates and timeline. Each category's bands are typed as where they end (million baht; the last one
/// open) and their rate; a band starts where the one before ends. Every <see cref="LegalCeilings.Check"/> problem
/// shows beside its inputs before anything is saved; the statutory exemptions and depreciation table are read-only.
/// A stale form (someone saved the year meanwhile) is a 409.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Rates)]
public sealed class EditModel(LocalGovDbContext db, TaxRates taxRates, TimeProvider clock) : TaxPage
{
    public const int BandRows = 7;
    private const decimal Million = 1_000_000m;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public int Year { get; private set; }
    public bool Own { get; private set; }
    public bool FromNational { get; private set; }
    public bool Saved { get; private set; }
    public string? Stamp { get; private set; }
    public string? Basis { get; private set; }
    public ScheduleRates National { get; private set; } = new();

    /// <summary>What the inputs show: the stored or national figures, or what was typed.</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public string Value(string name) => Values.GetValueOrDefault(name, "");

    public string? Described(string field) => FieldErrors(field).Length > 0 ? "e-" + field.Replace('.', '-') : null;

    public static string BandTo(LandUse use, int i) => $"to-{use.Code()}-{i}";
    public static string BandRate(LandUse use, int i) => $"rate-{use.Code()}-{i}";
    public static string Sign(SignRate rate) => $"sign-{rate.Type}-{(rate.Moving ? "moving" : "fixed")}";

    public async Task<IActionResult> OnGetAsync(int year, bool? national, bool? saved, CancellationToken cancellationToken)
    {
        if (!Known(year))
        {
            return NotFound();
        }
        var own = await taxRates.FindAsync(year, cancellationToken);
        Own = own is not null;
        Stamp = own?.ConcurrencyStamp;
        Basis = own?.Basis;
        FromNational = national == true;
        Saved = saved == true;
        Show(FromNational || own is null ? National : own.Rates);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, string? stamp, string? basis, CancellationToken cancellationToken)
    {
        if (!Known(year))
        {
            return NotFound();
        }
        var own = await taxRates.FindAsync(year, cancellationToken);
        Own = own is not null;
        Stamp = stamp;
        Basis = basis;
        foreach (var (key, value) in Request.Form)
        {
            Values[key] = value.ToString();
        }
        var (rates, errors) = Read(own?.Rates ?? National);
        errors.AddRange(LegalCeilings.Check(rates, year).Where(e => !errors.Any(p => p.Field == e.Field)));
        if (errors.Count > 0)
        {
            AddErrors(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (own is not null && string.IsNullOrEmpty(stamp) || own is null && !string.IsNullOrEmpty(stamp))
        {
            ModelState.AddModelError("", PlatformMessages.Conflict.Current);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (await TryAsync(db, () => taxRates.SaveAsync(year, rates, basis, stamp, cancellationToken)))
        {
            return LocalRedirect($"{Request.PathBase}/staff/tax/rates/{year}?saved=true");
        }
        return Page();
    }

    private bool Known(int year)
    {
        Year = year;
        National = NationalSchedule.For(year);
        return TaxRates.IsKnownYear(year, BangkokTime.Today(clock).Year);
    }

    private void Show(ScheduleRates rates)
    {
        foreach (var use in LandUses.All)
        {
            var bands = rates.For(use)?.Bands ?? [];
            for (var i = 0; i < bands.Count; i++)
            {
                Values[BandTo(use, i)] = bands[i].To is { } to ? (to / Million).ToString("0.######", Inv) : "";
                Values[BandRate(use, i)] = bands[i].RatePercent.ToString("0.####", Inv);
            }
        }
        Values["vacantIncrease"] = rates.VacantIncreasePercent.ToString("0.####", Inv);
        Values["vacantEvery"] = rates.VacantIncreaseEveryYears.ToString(Inv);
        Values["vacantCap"] = rates.VacantCapPercent.ToString("0.####", Inv);
        Values["relief"] = rates.ReliefPercent.ToString("0.####", Inv);
        foreach (var sign in National.SignRates)
        {
            Values[Sign(sign)] = (rates.SignRateFor(sign.Type, sign.Moving) ?? sign).RatePer500.ToString("0.##", Inv);
        }
        Values["signMinimum"] = rates.SignMinimum.ToString("0.##", Inv);
        Values["signRounding"] = rates.SignRounding.ToString();
        Values["noticeBy"] = Date(rates.NoticeBy);
        Values["paymentDue"] = Date(rates.PaymentDue);
        for (var i = 0; i < 3; i++)
        {
            Values[$"installment-{i}"] = i < rates.InstallmentDates.Count ? Date(rates.InstallmentDates[i]) : "";
        }
        Values["installmentMinimum"] = rates.InstallmentMinimum.ToString("0.##", Inv);
        Values["signFilingBy"] = Date(rates.SignFilingBy);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Inv);

    /// <summary>The typed schedule, on top of <paramref name="basis"/> (depreciation and exemptions are not typed); and what could not be read.</summary>
    private (ScheduleRates Rates, List<FieldError> Errors) Read(ScheduleRates basis)
    {
        var errors = new List<FieldError>();
        decimal? Number(string name, string field)
        {
            var text = Value(name).Trim();
            if (decimal.TryParse(text, NumberStyles.Number, Inv, out var value))
            {
                return value;
            }
            errors.Add(new(field, new($"'{text}' ไม่ใช่ตัวเลข", $"'{text}' is not a number.")));
            return null;
        }
        DateOnly Day(string name, string field, DateOnly fallback)
        {
            if (DateOnly.TryParseExact(Value(name).Trim(), "yyyy-MM-dd", Inv, DateTimeStyles.None, out var date))
            {
                return date;
            }
            errors.Add(new(field, new("ระบุวันที่ให้ถูกต้อง", "Give a valid date.")));
            return fallback;
        }
        var rates = basis.Copy();
        foreach (var use in LandUses.All)
        {
            var field = "rates." + use.Code();
            var bands = new List<RateBand>();
            decimal from = 0;
            for (var i = 0; i < Math.Max(BandRows, (basis.For(use)?.Bands.Count ?? 0) + 2); i++)
            {
                var toText = Value(BandTo(use, i)).Trim();
                var rateText = Value(BandRate(use, i)).Trim();
                if (rateText.Length == 0 && toText.Length == 0)
                {
                    continue;
                }
                decimal? to = toText.Length == 0 ? null : Number(BandTo(use, i), field) * Million;
                var rate = rateText.Length == 0 ? NoRate(field, i) : Number(BandRate(use, i), field);
                if (rate is null || (toText.Length > 0 && to is null))
                {
                    continue;
                }
                bands.Add(new RateBand(from, to, rate.Value));
                from = to ?? from;
            }
            var category = rates.For(use);
            if (category is null)
            {
                rates.Categories.Add(new CategoryRates { Use = use, IndividualExemption = National.For(use)!.IndividualExemption, Bands = bands });
            }
            else
            {
                category.Bands = bands;
            }
        }
        decimal? NoRate(string field, int i)
        {
            errors.Add(new(field, new($"ช่วงที่ {i + 1}: ระบุอัตรา %", $"Band {i + 1}: give the rate in percent.")));
            return null;
        }
        rates.VacantIncreasePercent = Number("vacantIncrease", "rates.vacantIncrease") ?? rates.VacantIncreasePercent;
        rates.VacantIncreaseEveryYears = (int)(Number("vacantEvery", "rates.vacantEvery") is { } every and >= 1 and <= 10 && every == Math.Floor(every)
            ? every : Bad("rates.vacantEvery", new("ทุกกี่ปี: จำนวนเต็ม 1–10", "Every how many years: a whole number, 1–10."), rates.VacantIncreaseEveryYears));
        rates.VacantCapPercent = Number("vacantCap", "rates.vacantCap") ?? rates.VacantCapPercent;
        rates.ReliefPercent = Number("relief", "rates.relief") ?? rates.ReliefPercent;
        rates.SignRates = [.. National.SignRates.Select(s => s with { RatePer500 = Number(Sign(s), "rates.signs") ?? s.RatePer500 })];
        rates.SignMinimum = Number("signMinimum", "rates.signMinimum") ?? rates.SignMinimum;
        rates.SignRounding = Enum.TryParse<SignRounding>(Value("signRounding"), out var rounding) && Enum.IsDefined(rounding)
            ? rounding : (SignRounding)Bad("rates.signRounding", new("เลือกวิธีปัดเศษ", "Choose the rounding."), (int)rates.SignRounding);
        rates.NoticeBy = Day("noticeBy", "rates.noticeBy", rates.NoticeBy);
        rates.PaymentDue = Day("paymentDue", "rates.paymentDue", rates.PaymentDue);
        rates.InstallmentDates = [.. Enumerable.Range(0, 3).Select(i => Day($"installment-{i}", "rates.installments", rates.PaymentDue))];
        rates.InstallmentMinimum = Number("installmentMinimum", "rates.installmentMinimum") ?? rates.InstallmentMinimum;
        rates.SignFilingBy = Day("signFilingBy", "rates.signFilingBy", rates.SignFilingBy);
        decimal Bad(string field, LocalizedText message, decimal keep)
        {
            errors.Add(new(field, message));
            return keep;
        }
        return (rates, errors);
    }

    public string UseName(LandUse use) => T(use.Name().Th, use.Name().En);
}
