using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Data;
using LocalGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Identity.External;

/// <summary>The contract other modules use to act on a verified national ID (<see cref="IVerifiedIdentity"/>).</summary>
internal sealed class VerifiedIdentity(LocalGovDbContext db, IPersonalDataVault vault) : IVerifiedIdentity
{
    public async Task<VerifiedPerson?> FindAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Set<LocalGovUser>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || !user.HasVerifiedNationalId || user.IsDeactivated || user.NationalIdCipher is null)
        {
            return null;
        }
        return new VerifiedPerson(user.Id, vault.Unprotect(user.NationalIdCipher), user.NationalIdHash!, user.DisplayName,
            user.NationalIdVerifiedBy!, user.NationalIdVerifiedAt!.Value);
    }
}
