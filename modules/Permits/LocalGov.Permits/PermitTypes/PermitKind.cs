namespace LocalGov.Permits.PermitTypes;

/// <summary>The law a permit type is issued under; it decides the defaults, never the workflow.</summary>
public enum PermitKind
{
    /// <summary>Building Control Act B.E. 2522: ข.1 application → อ.1 permit to build, alter or demolish.</summary>
    Building,

    /// <summary>Public Health Act B.E. 2535: licence for a business hazardous to health.</summary>
    HealthHazardBusiness,

    /// <summary>Public Health Act B.E. 2535: food premises over 200 m² need a licence.</summary>
    FoodPremisesLicence,

    /// <summary>Public Health Act B.E. 2535: food premises of 200 m² or less notify and receive a certificate.</summary>
    FoodPremisesNotification,

    /// <summary>Anything else an LAO licenses under its own bylaw.</summary>
    Other,
}
