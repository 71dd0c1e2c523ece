using LocalGov.Platform.Authorization;
using System.Globalization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Publishing;
using LocalGov.Tax.Registry;
using LocalGov.Tax.Signs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tax.Areas.Tax.Pages.Declare;

/// <summary>One row of the declaration form: a sign on the register (with its id) or a new one.</summary>
public sealed class DeclareRow
{
    public Guid? SignId { get; set; }
    public string? Number { get; set; }
    /// <summary>A sign on the register is declared unless unticked (it came down before the year).</summary>
    public bool Include { get; set; }
    public string? Place { get; set; }
    public string? Address { get; set; }
    public string? Wording { get; set; }
    public string? Type { get; set; }
    public bool Moving { get; set; }
    public string? WidthCm { get; set; }
    public string? HeightCm { get; set; }
    public string? InstalledOn { get; set; }

    public bool IsNew => SignId is null;

    public bool IsBlank => string.IsNullOrWhiteSpace(Place) && string.IsNullOrWhiteSpace(Address) && string.IsNullOrWhiteSpace(WidthCm)
        && string.IsNullOrWhiteSpace(HeightCm) && string.IsNullOrWhiteSpace(InstalledOn) && string.IsNullOrWhiteSpace(Wording);

    public static DeclareRow From(Sign sign) => new()
    {
        SignId = sign.Id,
        Number = sign.Number,
        Include = true,
        Place = sign.Place,
        Address = sign.Address,
        Wording = sign.Wording,
        Type = sign.Type.ToString(CultureInfo.InvariantCulture),
        Moving = sign.Moving,
        WidthCm = sign.WidthCm.ToString(CultureInfo.InvariantCulture),
        HeightCm = sign.HeightCm.ToString(CultureInfo.InvariantCulture),
        InstalledOn = sign.InstalledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public SignDetails Details() => new(Place, Address, Wording,
        int.TryParse(Type, NumberStyles.None, CultureInfo.InvariantCulture, out var type) ? type : null, Moving,
        int.TryParse(WidthCm?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var width) ? width : null,
        int.TryParse(HeightCm?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var height) ? height : null,
        DateOnly.TryParseExact(InstalledOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) ? on : null);
}

/// <summary>
/// The online signboard declaration (ภ.ป.1) for the current year, by a resident linked to a payer of this LAO: their
/// signs prefilled and editable, up to five new ones, a photo each (JPEG or PNG, at most 5 MB). The confirmation
/// gives the declaration's number and whether it is late; the payer's past declarations are listed with their status.
/// </summary>
[Authorize]
[RequestFormLimits(MultipartBodyLengthLimit = OnlineDeclaration.MaxRequestBytes)]
[RequestSizeLimit(OnlineDeclaration.MaxRequestBytes)]
public sealed class IndexModel(OnlineDeclaration declarations, LocalGovDbContext db, TimeProvider clock) : TaxPage
{
    [BindProperty] public List<DeclareRow> Rows { get; set; } = [];

    public IReadOnlyList<TaxPayer> Payers { get; private set; } = [];
    public TaxPayer? Payer { get; private set; }
    public IReadOnlyList<PastDeclaration> Past { get; private set; } = [];
    public PastDeclaration? Filed { get; private set; }
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? payer, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(payer, cancellationToken))
        {
            return Page();
        }
        Rows = [.. (await declarations.SignsAsync(Payer!.Id, cancellationToken)).Select(DeclareRow.From)];
        AddBlankRows();
        if (done is not null)
        {
            Filed = await declarations.FindAsync(Payer.Id, done, cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? payer, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(payer, cancellationToken))
        {
            return NotFound();
        }
        var today = BangkokTime.Today(clock);
        var entries = new List<SignEntry>();
        var photos = new List<SignPhotoUpload?>();
        var mine = (await declarations.SignsAsync(Payer!.Id, cancellationToken)).Select(s => s.Id).ToHashSet();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var file = Request.Form.Files.GetFile($"Rows[{i}].Photo");
            if ((row.IsNew && row.IsBlank && file is null) || (!row.IsNew && !row.Include))
            {
                continue;
            }
            if (row.SignId is { } id && !mine.Contains(id))
            {
                return NotFound(); // a sign of someone else's
            }
            var details = row.Details();
            AddErrors(details.Validate(today, $"Rows[{i}]."));
            SignPhotoUpload? photo = null;
            if (file is { Length: > 0 })
            {
                await using var stream = file.OpenReadStream();
                var (read, problem) = await OnlineDeclaration.ReadPhotoAsync(stream, file.Length, file.FileName, cancellationToken);
                if (problem is not null)
                {
                    ModelState.AddModelError($"Rows[{i}].Photo", problem.For(CultureInfo.CurrentUICulture));
                }
                photo = read;
            }
            entries.Add(new SignEntry(row.SignId, details));
            photos.Add(photo);
        }
        if (entries.Count == 0)
        {
            Error("เลือกหรือเพิ่มป้ายอย่างน้อยหนึ่งป้าย", "Choose or add at least one sign.");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadPastAsync(cancellationToken);
            return Page();
        }
        SignDeclaration? filed = null;
        if (!await TryAsync(db, async () => filed = await declarations.DeclareAsync(Payer, entries, photos, SignedIn.UserIdOf(User)!.Value, cancellationToken)))
        {
            await LoadPastAsync(cancellationToken);
            return Page();
        }
        var query = Payers.Count > 1 ? $"payer={Uri.EscapeDataString(Payer.Code)}&" : "";
        return LocalRedirect($"{Request.PathBase}/tax/declare?{query}done={Uri.EscapeDataString(filed!.Number)}");
    }

    private async Task<bool> LoadAsync(string? payerCode, CancellationToken cancellationToken)
    {
        Year = BangkokTime.Today(clock).Year;
        if (SignedIn.UserIdOf(User) is not { } userId)
        {
            return false;
        }
        Payers = await declarations.PayersAsync(userId, cancellationToken);
        Payer = Payers.FirstOrDefault(p => p.Code == payerCode) ?? Payers.FirstOrDefault();
        if (Payer is null)
        {
            return false;
        }
        await LoadPastAsync(cancellationToken);
        return true;
    }

    private async Task LoadPastAsync(CancellationToken cancellationToken) => Past = await declarations.PastAsync(Payer!.Id, cancellationToken);

    private void AddBlankRows()
    {
        for (var i = 0; i < OnlineDeclaration.NewRows; i++)
        {
            Rows.Add(new DeclareRow());
        }
    }
}
