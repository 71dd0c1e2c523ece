namespace LocalGov.Tenants.Provinces;

/// <summary>A province (จังหวัด) with its DOPA code; seeded from <see cref="ProvinceCatalog"/>.</summary>
public sealed class Province
{
    private Province() { } // EF Core

    public Province(string code, string nameTh, string nameEn)
    {
        Code = code;
        NameTh = nameTh;
        NameEn = nameEn;
    }

    public string Code { get; private set; } = "";
    public string NameTh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
}
