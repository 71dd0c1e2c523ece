namespace LocalGov.Tax;

public static class TaxPermissions
{
    /// <summary>Keep the register: taxpayers, properties, owners, appraisal prices, signs; CSV import.</summary>
    public const string Registry = "Tax.Registry";
    /// <summary>Set the LAO's rates and timeline per tax year.</summary>
    public const string Rates = "Tax.Rates";
    /// <summary>Run the annual assessment, re-assess an owner, assess sign declarations.</summary>
    public const string Assess = "Tax.Assess";
    /// <summary>Decide objections to assessments.</summary>
    public const string Objections = "Tax.Objections";
    /// <summary>Read the revenue dashboard and export it.</summary>
    public const string Reports = "Tax.Reports";
}
