using System.Globalization;
using LocalGov.Thai;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.FeeClasses;

namespace LocalGov.WasteFees.Pages;

/// <summary>What the waste-fee pages share: language, baht as "1,234.50", dates and months in the reader's calendar, field errors.</summary>
public abstract class WasteFeesPage : Platform.Web.LocalGovPageModel
{
    /// <summary>"พ.ย. 2569" or "Nov 2026".</summary>
    public string Period(BillingPeriod period) => period.Name(IsThai);

    public string Period(int key) => BillingPeriod.FromKey(key).Name(IsThai);

    public string ProducerName(WasteProducer producer) => producer switch
    {
        WasteProducer.Household => T("บ้านเรือน", "Household"),
        WasteProducer.Shop => T("ร้านค้า", "Shop"),
        WasteProducer.Restaurant => T("ร้านอาหาร", "Restaurant"),
        WasteProducer.MarketStall => T("แผงลอยในตลาด", "Market stall"),
        WasteProducer.Office => T("สำนักงาน", "Office"),
        WasteProducer.Business => T("สถานประกอบการ", "Business"),
        _ => T("อื่น ๆ", "Other"),
    };
}
