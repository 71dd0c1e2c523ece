using LocalGov.Tax.Pages;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tax.Areas.Tax.Pages.Registry;

/// <summary>The payer form's fields, named as <see cref="PayerDetails"/> names its errors, so each error shows beside its field.</summary>
public abstract class PayerFormPage : TaxPage
{
    [BindProperty] public PayerKind? Kind { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty(Name = "Id")] public string? IdNumber { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Address { get; set; }

    public abstract bool IsNew { get; }

    protected PayerDetails Details(PayerKind? kind, string? id) => new(kind, Name, id, Email, Phone, Address);

    public string? Described(string field) => FieldErrors(field).Length > 0 ? "e-" + field : null;
}
