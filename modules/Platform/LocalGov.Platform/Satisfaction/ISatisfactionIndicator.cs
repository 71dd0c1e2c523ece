namespace LocalGov.Platform.Satisfaction;

/// <summary>
/// The indicator read from the stored answers, for pages, the province console and the open-data catalogue: per
/// LAO, module, service type and month. Reads every LAO's rows whatever the current tenant, so callers pass the
/// LAOs they may show; the rows carry counts only, never a comment or a resident.
/// </summary>
public interface ISatisfactionIndicator
{
    /// <summary>The rows of the given LAOs (all LAOs when null), months from <paramref name="fromMonth"/> to <paramref name="toMonth"/> ("yyyy-MM", inclusive).</summary>
    Task<IReadOnlyList<SatisfactionRow>> RowsAsync(IReadOnlyCollection<Guid>? tenantIds, string fromMonth, string toMonth,
        CancellationToken cancellationToken = default);

    /// <summary>The current month ("yyyy-MM", Bangkok).</summary>
    string CurrentMonth { get; }
}
