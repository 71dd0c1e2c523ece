using System.Globalization;
using LocalGov.Complaints.Workflow;
using LocalGov.Thai;

namespace LocalGov.Complaints.Pages;

/// <summary>What the complaint pages share: language, Bangkok times with Buddhist-Era years in Thai, status names.</summary>
public abstract class ComplaintsPage : Platform.Web.LocalGovPageModel
{
    public string When(DateTime? utc)
    {
        if (utc is not { } value)
        {
            return "-";
        }
        var local = new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)).ToOffset(ThaiDate.BangkokOffset);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return IsThai
            ? $"{ThaiDate.ToShortString(DateOnly.FromDateTime(local.DateTime))} {time} น."
            : $"{local.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} {time}";
    }

    public string StatusText(ComplaintStatus status) => ComplaintStatusText.Of(status) is var t && IsThai ? t.Th : t.En;

    public string ChannelText(ComplaintChannel channel) => ComplaintStatusText.Of(channel) is var t && IsThai ? t.Th : t.En;

    public string Name(Categories.Category category) => IsThai ? category.NameTh : category.NameEn;

    /// <summary>"th" or "en", for mail sent on the reader's behalf.</summary>
    public string CultureName => IsThai ? "th" : "en";
}
