using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;

namespace LocalGov.Permits.Review;

/// <summary>
/// The fee of an approved application as bill lines: the type's fee for the premises, and for a renewal filed after
/// the old permit expired, the LAO's late-renewal surcharge on it as a line of its own.
/// </summary>
public static class PermitFee
{
    public const string FeeHead = "PERMIT-FEE";
    public const string SurchargeHead = "PERMIT-LATE-RENEWAL";

    public static IReadOnlyList<BillLineRequest> Lines(PermitApplication application, PermitType type, Permit? renewed, decimal surchargePercent)
    {
        var (fee, problem) = type.Fee.FeeFor(application.AreaSquareMetres, application.FeeCategory);
        if (problem is not null)
        {
            throw new BusinessRuleException(problem, "fee");
        }
        if (fee <= 0)
        {
            return [];
        }
        var lines = new List<BillLineRequest>
        {
            new(FeeHead, Fit($"{type.NameTh} คำขอเลขที่ {application.Number}"), fee)
            {
                DescriptionEn = Fit($"{type.NameEn}, application {application.Number}"),
            },
        };
        if (IsLateRenewal(application, renewed) && surchargePercent > 0)
        {
            var surcharge = FeeSchedule.WithSurcharge(fee, surchargePercent) - fee;
            lines.Add(new(SurchargeHead, $"เงินเพิ่มต่ออายุใบอนุญาต {renewed!.Number} ล่าช้า ร้อยละ {surchargePercent:0.##}", surcharge)
            {
                DescriptionEn = $"Late renewal of permit {renewed.Number}, {surchargePercent:0.##} %",
            });
        }
        return lines;
    }

    /// <summary>Payments keeps 300 characters of a line's description; a long type name is cut, never refused.</summary>
    private static string Fit(string description) => description.Length <= 300 ? description : description[..299] + "…";

    /// <summary>A renewal filed after the day the old permit's validity ended.</summary>
    public static bool IsLateRenewal(PermitApplication application, Permit? renewed) =>
        application.Kind == ApplicationKind.Renewal && renewed?.ValidUntil is { } until && BangkokTime.DateOf(application.SubmittedAt) > until;
}
