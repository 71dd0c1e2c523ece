using LocalGov.Platform.Localization;

namespace LocalGov.Platform.OpenData;

/// <summary>
/// A service an LAO offers residents and businesses, for the machine-readable service catalogue national apps and
/// Biz Portal point to. <see cref="Path"/> is the service's own page inside the LAO (<c>/permits/food-shop</c>):
/// the catalogue makes it absolute, and that link opens the page directly from outside, without a sign-in.
/// </summary>
/// <param name="Id">Stable within the LAO: <c>permits.food-shop</c>.</param>
/// <param name="Fee">The fee rule in words ("200 baht", "2 baht per m², at least 500 baht", "No fee").</param>
/// <param name="FeeAmount">The fee in baht when it is one fixed amount (0 for free); null when it depends on the case.</param>
/// <param name="LegalDays">The days the law gives the LAO to decide, when there are such.</param>
/// <param name="ApplyPath">Where to apply online, when it differs from the service page.</param>
public sealed record PublicService(
    string Id,
    LocalizedText Name,
    LocalizedText Description,
    string Path,
    LocalizedText Fee,
    decimal? FeeAmount,
    int? LegalDays,
    string? ApplyPath = null);

/// <summary>A module's public services, for the LAO in context. Registered like <see cref="IOpenDataset"/>.</summary>
public interface IPublicServiceSource
{
    /// <summary>The module feature that gates it: LAOs without the feature do not list these services.</summary>
    string Feature { get; }

    Task<IReadOnlyList<PublicService>> ListAsync(CancellationToken cancellationToken);
}
