using LocalGov.Platform.Data;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Web;
using LocalGov.WasteFees.FeeClasses;
using LocalGov.WasteFees.Pages;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Points;

/// <summary>
/// What the new-point and point pages share: the form (<c>_PointForm</c>), its fields named as the CSV columns, and
/// the checks every save goes through — <see cref="ServicePointDetails.Validate"/>, the duplicate house-code rule and
/// the evidence file's type — each error shown beside its field in Thai and English.
/// </summary>
public abstract class PointFormPage(LocalGovDbContext db, ServicePointRegistry registry, HouseCodeDuplicates duplicates, IPersonalDataVault vault)
    : WasteFeesPage
{
    public const long MaxRequestBytes = EvidenceUpload.MaxBytes + (1024 * 1024);

    protected LocalGovDbContext Db => db;
    protected ServicePointRegistry Registry => registry;

    public ServicePointInput Input { get; protected set; } = new();
    public IReadOnlyList<FeeClass> FeeClasses { get; private set; } = [];

    /// <summary>The stored national ID, masked (editing only).</summary>
    public string? MaskedId { get; protected set; }
    public string? Stamp { get; protected set; }
    public abstract bool IsNew { get; }

    public string Value(string field) => ServicePointFields.Find(field)?.Get(Input) ?? "";

    public ServicePointFields.Field Spec(string field) => ServicePointFields.Find(field)!;

    protected async Task LoadClassesAsync(CancellationToken cancellationToken) =>
        FeeClasses = await db.Set<FeeClass>().AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Code).ToListAsync(cancellationToken);

    /// <summary>
    /// Checks the posted form and the evidence upload, recording every error on its field. Null when anything is wrong.
    /// </summary>
    protected async Task<(ServicePointDetails Details, EvidenceUpload.Checked? Evidence)?> CheckAsync(Guid? self, bool keepStoredId, CancellationToken cancellationToken)
    {
        Input = ServicePointFields.Read(name => Request.Form[name].ToString());
        var (details, errors) = ServicePointDetails.Validate(Input, await registry.FeeClassesByCodeAsync(cancellationToken), vault, keepStoredId);
        var all = errors.ToList();
        if (details is not null && await duplicates.FindAsync(details, self, cancellationToken) is { } duplicate)
        {
            all.Add(duplicate);
        }
        EvidenceUpload.Checked? evidence = null;
        if (Request.Form.Files.GetFile(EvidenceUpload.Field) is { Length: > 0 } upload)
        {
            try
            {
                await using var stream = upload.OpenReadStream();
                evidence = await EvidenceUpload.ReadAsync(upload.FileName, upload.Length, stream, cancellationToken);
            }
            catch (BusinessRuleException e)
            {
                all.Add(new FieldError(EvidenceUpload.Field, e.UserMessage));
            }
            if (details is not null && details.Exemption is null)
            {
                all.Add(new FieldError(EvidenceUpload.Field, new("แนบไฟล์หลักฐานได้เมื่อบันทึกการยกเว้น (เหตุผลและวันเริ่มยกเว้น)",
                    "Attach an evidence file only with an exemption (its reason and start date).")));
            }
        }
        if (all.Count == 0)
        {
            return (details!, evidence);
        }
        foreach (var error in all)
        {
            ModelState.AddModelError(error.Field, error.Message.Current);
        }
        Error($"ยังไม่ได้บันทึก: แก้ไขตามข้อความที่ช่องต่าง ๆ ({all.Count} รายการ)", $"Not saved: fix what is marked at the fields ({all.Count}).");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return null;
    }
}
