namespace LocalGov.Tenants.Provinces;

/// <summary>One of Thailand's 77 provinces (76 จังหวัด plus Bangkok).</summary>
/// <param name="Code">The 2-digit DOPA (Ministry of Interior) province code, e.g. <c>"10"</c> for Bangkok.</param>
/// <param name="NameTh">The Thai name without the prefix จังหวัด, e.g. <c>เชียงใหม่</c>.</param>
/// <param name="NameEn">The official romanized name (RTGS, as used by the Interior Ministry), e.g. <c>Chiang Mai</c>.</param>
public sealed record ProvinceEntry(string Code, string NameTh, string NameEn);
