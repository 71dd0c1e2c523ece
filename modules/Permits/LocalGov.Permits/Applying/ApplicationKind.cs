namespace LocalGov.Permits.Applying;

public enum ApplicationKind
{
    New,

    /// <summary>Renews a permit; <c>Unchanged</c> ones are approved at once, changed ones are reviewed like new.</summary>
    Renewal,
}

public enum ApplicationChannel
{
    Online,

    /// <summary>Typed in by staff for someone at the counter.</summary>
    Counter,
}

public enum ApplicantKind
{
    Person,

    /// <summary>A company or other juristic person, known by its 13-digit tax ID.</summary>
    Juristic,
}
