using System.Security.Claims;
using LocalGov.Identity.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Http;

namespace LocalGov.Permits.Areas.Permits.Pages.Staff;

/// <summary>What the staff permit forms share: who is acting, and the documents posted as "documents[code]" file inputs.</summary>
public static class StaffForms
{
    /// <summary>The signed-in officer's name as recorded on the application and its steps.</summary>
    public static string StaffName(ClaimsPrincipal user) =>
        user.FindFirstValue(IdentityClaimTypes.DisplayName) ?? user.Identity?.Name ?? "staff";

    /// <summary>The non-empty files posted for the type's documents ("documents[site-plan]" is the site plan), read lazily with the 5 MB limit.</summary>
    public static IReadOnlyList<UploadedDocument> Documents(IFormFileCollection files) =>
        [.. files.Where(f => f.Length > 0 && DocumentCode(f.Name) is not null)
            .Select(f => new UploadedDocument(DocumentCode(f.Name)!, f.FileName, f.Length, ct => ReadAsync(f, ApplicationDocument.MaxBytes, ct)))];

    /// <summary>The file's bytes, or null when larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(IFormFile file, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        return await UploadedFile.ReadLimitedAsync(stream, file.Length, maxBytes, cancellationToken);
    }

    private static string? DocumentCode(string field) =>
        field.StartsWith("documents[", StringComparison.Ordinal) && field.EndsWith(']') ? field["documents[".Length..^1] : null;
}
