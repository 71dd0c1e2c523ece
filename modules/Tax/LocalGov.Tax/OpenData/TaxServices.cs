using LocalGov.Platform.OpenData;

namespace LocalGov.Tax.OpenData;

/// <summary>
/// Land-and-building and signboard tax in the LAO's service catalogue: the public estimator is the page anyone can
/// open; seeing and paying one's own assessments (<c>/tax/my</c>) needs a sign-in. Revenue figures are published by
/// Payments' revenue dataset, which covers every head this module bills.
/// </summary>
internal sealed class TaxServices : IPublicServiceSource
{
    public string Feature => Platform.Modularity.LocalGovModule.FeatureOf("Tax");

    public Task<IReadOnlyList<PublicService>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<PublicService>>(
    [
        new("tax.land-building", new("ภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย", "Land, building and signboard tax"),
            new("ประมาณภาษีที่ดินและสิ่งปลูกสร้างหรือภาษีป้ายด้วยตนเอง ดูแบบแจ้งการประเมินและชำระภาษีของตนทางออนไลน์ (ต้องเข้าสู่ระบบ)",
                "Estimate the land and building tax or the signboard tax yourself; see your assessment notices and pay online (sign-in needed)."),
            "/tax/estimate", new("ตามอัตราภาษีที่กฎหมายและท้องถิ่นกำหนด", "At the rates set by law and by the LAO"), null, null, "/tax/my"),
    ]);
}
