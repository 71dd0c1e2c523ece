using LocalGov.Payments.Contracts;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;

namespace LocalGov.WasteFees.Collection;

/// <summary>Where a payer of this LAO can pay: its office (and phone), the route's collector, PromptPay, and the web page to look bills up.</summary>
public sealed record WhereToPay(LocalizedText Lao, string? Phone, string LookupUrl, bool PromptPay)
{
    public string Text(bool thai)
    {
        var office = thai ? $"ชำระได้ที่{Lao.Th}" : $"Pay at the office of {Lao.En}";
        if (Phone is not null)
        {
            office += thai ? $" (โทร {Phone})" : $" (phone {Phone})";
        }
        var rest = thai
            ? $" หรือกับพนักงานเก็บเงินประจำสาย{(PromptPay ? " หรือสแกนคิวอาร์พร้อมเพย์บนใบแจ้งหนี้ด้วยแอปธนาคาร" : "")} ดูใบแจ้งหนี้ที่ค้างได้ที่ {LookupUrl}"
            : $", to the collector on your route{(PromptPay ? ", or scan the PromptPay QR code on the bill with your banking app" : "")}. See your unpaid bills at {LookupUrl}";
        return office + rest;
    }
}

public sealed class PayingPlaces(ICurrentTenant currentTenant, PublicUrls urls, IBillPresentation presentation)
{
    public async Task<WhereToPay> ForCurrentLaoAsync(CancellationToken cancellationToken)
    {
        var info = currentTenant.Tenant;
        return new WhereToPay(info?.Name ?? new LocalizedText("LocalGov", "LocalGov"), info?.ContactPhone, urls.ForTenant(info) + "/waste",
            await presentation.TakesPromptPayAsync(cancellationToken));
    }
}
