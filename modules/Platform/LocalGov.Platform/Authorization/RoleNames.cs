using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Authorization;

/// <summary>What people call each role template (<see cref="RoleTemplates"/>), in both languages.</summary>
public static class RoleNames
{
    public static LocalizedText For(string role) => role switch
    {
        RoleTemplates.TenantAdmin => new("ผู้ดูแลระบบของหน่วยงาน", "LAO administrator"),
        RoleTemplates.ComplaintsOfficer => new("เจ้าหน้าที่รับเรื่องร้องเรียน", "Complaints officer"),
        RoleTemplates.RevenueOfficer => new("เจ้าหน้าที่จัดเก็บรายได้", "Revenue officer"),
        RoleTemplates.BuildingOfficer => new("นายช่าง/เจ้าหน้าที่ควบคุมอาคาร", "Building officer"),
        RoleTemplates.Cashier => new("เจ้าหน้าที่การเงิน (รับชำระ)", "Cashier"),
        RoleTemplates.ProvincialAdmin => new("ผู้ดูแลระดับจังหวัด", "Provincial admin"),
        RoleTemplates.NationalAdmin => new("ผู้ดูแลระดับประเทศ", "National admin"),
        _ => new(role, role),
    };
}
