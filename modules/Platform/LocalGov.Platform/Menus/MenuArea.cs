namespace LocalGov.Platform.Menus;

/// <summary>The three UI areas, one audience each.</summary>
public enum MenuArea
{
    /// <summary>The resident portal of a tenant.</summary>
    Resident = 1,
    /// <summary>The staff back office of a tenant.</summary>
    Staff = 2,
    /// <summary>The provincial/national console (host).</summary>
    Console = 3,
}
