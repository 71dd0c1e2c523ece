using System.Globalization;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalGov.Host.Pages;

/// <summary>
/// What people see for an error status: the platform's message in their language, no technical detail. API
/// clients get the same message as problem details. Handlers take no parameters on purpose: a re-executed POST
/// must not read a form whose antiforgery check already failed.
/// </summary>
[IgnoreAntiforgeryToken]
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }
    public bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public IActionResult OnGet() => Answer();

    public IActionResult OnPost() => Answer();

    private IActionResult Answer()
    {
        Code = int.TryParse(RouteData.Values["code"]?.ToString(), CultureInfo.InvariantCulture, out var code) && code is >= 400 and <= 599 ? code : 404;
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var message = Describe();

        if (reExecuted is not null && WantsJson(reExecuted.OriginalPath))
        {
            var problem = new ProblemDetails { Status = Code, Title = message.En, Detail = message.Bilingual, Instance = reExecuted.OriginalPath };
            problem.Extensions["title_th"] = message.Th;
            return new ObjectResult(problem) { StatusCode = Code, ContentTypes = { "application/problem+json" } };
        }

        Heading = Code switch
        {
            404 => IsThai ? "ไม่พบหน้านี้" : "Not found",
            403 => IsThai ? "เข้าถึงไม่ได้" : "Not allowed",
            _ => IsThai ? "ทำรายการไม่สำเร็จ" : "Something is not right",
        };
        Message = message.Current;
        Response.StatusCode = Code;
        return Page();
    }

    private LocalizedText Describe()
    {
        if (HttpContext.Items[Problems.MessageItemKey] is LocalizedText given)
        {
            return given;
        }
        if (HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            return PlatformMessages.FormExpired;
        }
        return Code switch
        {
            404 => PlatformMessages.NotFound,
            401 => new LocalizedText("กรุณาเข้าสู่ระบบก่อน", "Please sign in first."),
            403 => PlatformMessages.Forbidden,
            409 => PlatformMessages.Conflict,
            429 => PlatformMessages.TooManyRequests,
            >= 500 => PlatformMessages.Unexpected,
            _ => PlatformMessages.BadRequest,
        };
    }

    private bool WantsJson(string originalPath)
    {
        var path = new PathString(originalPath);
        return path.StartsWithSegments("/api") || path.StartsWithSegments("/open311")
            || !Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
