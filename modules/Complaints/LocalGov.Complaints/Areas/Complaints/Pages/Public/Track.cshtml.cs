using System.Globalization;
using System.Security.Claims;
using LocalGov.Complaints.Pages;
using LocalGov.Complaints.Publishing;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Public;

/// <summary>
/// The tracking page anyone may open with a tracking code (no sign-in): where the complaint stands and its public
/// timeline. The reporter — by account or by the key in their mail link — may also reopen or rate it; another
/// signed-in resident may follow an open one. A confidential complaint is 404 to everyone but its reporter.
/// </summary>
[AllowAnonymous]
public sealed class TrackModel(ComplaintTracking tracking, ComplaintActions actions, LocalGovDbContext db, PublicUrls urls) : ComplaintsPage
{
    public TrackingView? View { get; private set; }

    /// <summary>What the reader asked for, echoed in the look-up form.</summary>
    public string? Code { get; private set; }

    /// <summary>The reporter's mail-link key, carried in the forms (never shown).</summary>
    public string? Key { get; private set; }

    /// <summary>"reopened", "rated" or "following": the step that just succeeded.</summary>
    public string? Done { get; private set; }

    public bool NotFoundCode { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, string? key, string? done, CancellationToken cancellationToken)
    {
        if (RouteData.Values["code"] is null && ComplaintTracking.Normalize(code) is { } typed)
        {
            return LocalRedirect($"{Request.PathBase}/complaints/track/{Uri.EscapeDataString(typed)}");
        }
        Done = done is "filed" or "reopened" or "rated" or "following" ? done : null;
        return await ShowAsync(code, key, cancellationToken);
    }

    public Task<IActionResult> OnPostReopenAsync(string? code, string? key, string? reason, CancellationToken cancellationToken) =>
        ActAsync(code, key, "reopened", proof => actions.ReopenAsync(View!.Code, reason ?? "", proof, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRateAsync(string? code, string? key, int? rating, string? comment, CancellationToken cancellationToken) =>
        ActAsync(code, key, "rated", proof => actions.RateAsync(View!.Code, rating ?? 0, comment, proof, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostFollowAsync(string? code, CancellationToken cancellationToken)
    {
        if (Viewer is not { } user)
        {
            return Challenge();
        }
        var email = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "";
        return await ActAsync(code, null, "following", _ => actions.FollowAsync(View!.Code, user, email, cancellationToken), cancellationToken);
    }

    /// <summary>The other LAO's tracking page of a transferred complaint (the key goes along: the copy keeps it).</summary>
    public string? TransferredUrl => View is { TransferredToLao: { } lao, TransferredToCode: { } moved }
        ? $"{urls.LinkToCode(lao)}/complaints/track/{Uri.EscapeDataString(moved)}{KeyQuery('?')}"
        : null;

    public string Coordinates => View is { Latitude: { } lat, Longitude: { } lng }
        ? string.Create(CultureInfo.InvariantCulture, $"{lat:0.######},{lng:0.######}")
        : "";

    public string Stars(int rating) => new string('★', rating) + new string('☆', 5 - rating);

    private Guid? Viewer => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private string KeyQuery(char separator) => string.IsNullOrEmpty(Key) ? "" : $"{separator}key={Uri.EscapeDataString(Key)}";

    private async Task<IActionResult> ShowAsync(string? code, string? key, CancellationToken cancellationToken)
    {
        Code = code?.Trim();
        Key = string.IsNullOrWhiteSpace(key) ? null : key.Trim();
        if (string.IsNullOrEmpty(Code))
        {
            return Page(); // the look-up form alone
        }
        View = await tracking.FindAsync(Code, new ReporterProof(Viewer, Key), cancellationToken);
        if (View is null)
        {
            NotFoundCode = true; // unknown, unconfirmed, or confidential and not theirs: the same answer
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    private async Task<IActionResult> ActAsync(string? code, string? key, string done, Func<ReporterProof, Task> act, CancellationToken cancellationToken)
    {
        await ShowAsync(code, key, cancellationToken);
        if (View is null)
        {
            return Page();
        }
        if (await TryAsync(db, () => act(new ReporterProof(Viewer, Key))))
        {
            return LocalRedirect($"{Request.PathBase}/complaints/track/{Uri.EscapeDataString(View.Code)}?done={done}{KeyQuery('&')}");
        }
        await ShowAsync(code, key, cancellationToken); // the page as it stands now, with the error on top
        return Page();
    }
}
