namespace LocalGov.Platform.MultiTenancy;

/// <summary>The kinds of local administrative organization (อปท.).</summary>
public enum TenantKind
{
    /// <summary>เทศบาลนคร</summary>
    CityMunicipality = 1,
    /// <summary>เทศบาลเมือง</summary>
    TownMunicipality = 2,
    /// <summary>เทศบาลตำบล</summary>
    SubdistrictMunicipality = 3,
    /// <summary>องค์การบริหารส่วนตำบล (อบต.)</summary>
    SubdistrictAdministrativeOrganization = 4,
}
