using LocalGov.Platform.Authorization;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Tax.Areas.Tax.Pages.Registry;

/// <summary>The register: find a payer by name, payer code, ID, property code or deed number; the way to add payers, prices and files.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Registry)]
public sealed class IndexModel(RegistrySearch search) : TaxPage
{
    public string? Query { get; private set; }
    public IReadOnlyList<PayerHit> Hits { get; private set; } = [];
    public int Payers { get; private set; }
    public int Properties { get; private set; }
    public int? Imported { get; private set; }

    public async Task OnGetAsync(string? q, int? imported, CancellationToken cancellationToken)
    {
        Query = q is { Length: <= 100 } ? q.Trim() : null;
        Imported = imported;
        (Payers, Properties) = await search.CountsAsync(cancellationToken);
        Hits = await search.FindAsync(Query, cancellationToken);
    }

    public string KindName(PayerKind kind) => kind == PayerKind.Person ? T("บุคคลธรรมดา", "Person") : T("นิติบุคคล", "Juristic person");
}
