namespace LocalGov.Identity.Contracts;

/// <summary>Who an account belongs to (ARCHITECTURE.md, "Identity and authorization").</summary>
public enum UserKind
{
    /// <summary>A resident: one global account that works with every LAO.</summary>
    Resident = 1,
    /// <summary>Municipal staff of exactly one LAO.</summary>
    Staff = 2,
    /// <summary>Onboards and supervises the LAOs of one province.</summary>
    ProvincialAdmin = 3,
    /// <summary>Manages provinces and their admins.</summary>
    NationalAdmin = 4,
}
