using System.Globalization;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalGov.Host.Pages;

/// <summary>The page people see for an error status: the platform's message in their language, no technical detail.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }
    public bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code) => Fill(code);

    public void OnPost(int code) => Fill(code);

    private void Fill(int code)
    {
        Code = code;
        var message = HttpContext.Items[Problems.MessageItemKey] as LocalizedText ?? code switch
        {
            404 => PlatformMessages.NotFound,
            403 => PlatformMessages.Forbidden,
            409 => PlatformMessages.Conflict,
            429 => PlatformMessages.TooManyRequests,
            >= 500 => PlatformMessages.Unexpected,
            _ => new LocalizedText("คำขอไม่ถูกต้อง", "The request could not be processed."),
        };
        Heading = code switch
        {
            404 => IsThai ? "ไม่พบหน้านี้" : "Not found",
            403 => IsThai ? "เข้าถึงไม่ได้" : "Not allowed",
            _ => IsThai ? "ทำรายการไม่สำเร็จ" : "Something is not right",
        };
        Message = message.Current;
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = code is >= 400 and <= 599 ? code : 404;
        }
    }
}
