using System.Text.Json;
using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;
using LocalGov.Platform.Localization;

namespace LocalGov.Complaints.Open311;

/// <summary>
/// Complaints as Open311 service requests. Only what the public may see: received (never awaiting email
/// confirmation), never of a confidential category, never a name, phone or email; the timeline's public steps only.
/// </summary>
internal sealed class ServiceRequests(LocalGovDbContext db, ICurrentTenant currentTenant, PublicUrls urls)
{
    private sealed record Service(Guid Id, string Code, string NameTh, string NameEn, string Department, int SlaHours);

    private sealed record Photo(Guid Id, Guid ComplaintId, PhotoKind Kind, int Sequence);

    public async Task<IReadOnlyList<Open311Node>> FindAsync(RequestFilter filter, bool thai, CancellationToken cancellationToken)
    {
        var services = await ServicesAsync(cancellationToken);
        var query = Visible(services.Keys);
        if (filter.Ids is { } ids)
        {
            query = query.Where(c => ids.Contains(c.TrackingCode!));
        }
        if (filter.ServiceCodes is { } codes)
        {
            var wanted = services.Values.Where(s => codes.Contains(s.Code)).Select(s => s.Id).ToList();
            query = query.Where(c => wanted.Contains(c.CategoryId));
        }
        if (filter.Open is { } open)
        {
            var statuses = Enum.GetValues<ComplaintStatus>().Where(s => ComplaintStatusText.IsVisible(s) && ComplaintStatusText.IsOpen(s) == open).ToList();
            query = query.Where(c => statuses.Contains(c.Status));
        }
        if (filter.RequestedFrom is { } from)
        {
            query = query.Where(c => c.FiledAt >= from);
        }
        if (filter.RequestedTo is { } to)
        {
            query = query.Where(c => c.FiledAt <= to);
        }
        if (filter.UpdatedAfter is { } after)
        {
            query = query.Where(c => (c.UpdatedAt ?? c.FiledAt) > after);
        }
        if (filter.UpdatedBefore is { } before)
        {
            query = query.Where(c => (c.UpdatedAt ?? c.FiledAt) < before);
        }
        var page = await query.OrderByDescending(c => c.FiledAt).ThenByDescending(c => c.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(cancellationToken);
        return await ToNodesAsync(page, services, filter.Extensions, thai, cancellationToken);
    }

    /// <summary>One request by its tracking code, or null when the public may not see it.</summary>
    public async Task<Open311Node?> FindOneAsync(string serviceRequestId, bool extensions, bool thai, CancellationToken cancellationToken)
    {
        var services = await ServicesAsync(cancellationToken);
        var complaint = await Visible(services.Keys).SingleOrDefaultAsync(c => c.TrackingCode == serviceRequestId, cancellationToken);
        return complaint is null ? null : (await ToNodesAsync([complaint], services, extensions, thai, cancellationToken))[0];
    }

    /// <summary>The tracking code a token (the complaint's id) stands for, when the public may see it.</summary>
    public async Task<string?> FindByTokenAsync(Guid token, CancellationToken cancellationToken)
    {
        var services = await ServicesAsync(cancellationToken);
        return await Visible(services.Keys).Where(c => c.Id == token).Select(c => c.TrackingCode).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>"Information about the action expected": the category's SLA.</summary>
    public static string ServiceNotice(int slaHours, string department, bool thai) => slaHours % 24 == 0
        ? thai ? $"{department}จะดำเนินการภายใน {slaHours / 24} วันหลังรับเรื่อง" : $"{department} aims to act within {slaHours / 24} days of receiving it."
        : thai ? $"{department}จะดำเนินการภายใน {slaHours} ชั่วโมงหลังรับเรื่อง" : $"{department} aims to act within {slaHours} hours of receiving it.";

    private async Task<Dictionary<Guid, Service>> ServicesAsync(CancellationToken cancellationToken) =>
        await db.Set<Category>().AsNoTracking().Where(c => !c.Confidential)
            .Select(c => new Service(c.Id, c.Code, c.NameTh, c.NameEn, c.Department, c.SlaHours))
            .ToDictionaryAsync(s => s.Id, cancellationToken);

    private IQueryable<Complaint> Visible(IEnumerable<Guid> publicCategories)
    {
        var categories = publicCategories.ToList();
        return db.Set<Complaint>().AsNoTracking().Where(c =>
            c.TrackingCode != null && c.Status != ComplaintStatus.PendingConfirmation && !c.Confidential && categories.Contains(c.CategoryId));
    }

    private async Task<IReadOnlyList<Open311Node>> ToNodesAsync(IReadOnlyList<Complaint> complaints, Dictionary<Guid, Service> services,
        bool extensions, bool thai, CancellationToken cancellationToken)
    {
        if (complaints.Count == 0)
        {
            return [];
        }
        var ids = complaints.Select(c => c.Id).ToList();
        var photos = (await db.Set<ComplaintPhoto>().AsNoTracking().Where(p => ids.Contains(p.ComplaintId) && !p.Hidden)
                .Select(p => new Photo(p.Id, p.ComplaintId, p.Kind, p.Sequence)).ToListAsync(cancellationToken))
            .OrderBy(p => p.Kind).ThenBy(p => p.Sequence).ToLookup(p => p.ComplaintId);
        var steps = extensions
            ? (await db.Set<ComplaintEvent>().AsNoTracking().Where(e => ids.Contains(e.ComplaintId)).ToListAsync(cancellationToken))
                .Where(e => e.IsPublic).OrderBy(e => e.At).ToLookup(e => e.ComplaintId)
            : null;
        var site = urls.ForTenant(currentTenant.Tenant);
        return [.. complaints.Select(c => Record(c, services[c.CategoryId], [.. photos[c.Id].Select(p => $"{site}/complaints/photos/{p.Id:D}")],
            steps?[c.Id], thai))];
    }

    private static Open311Node Record(Complaint c, Service service, IReadOnlyList<string> photoUrls, IEnumerable<ComplaintEvent>? steps, bool thai)
    {
        var department = c.Department.Length > 0 ? c.Department : service.Department;
        var fields = new List<(string, Open311Node)>
        {
            ("service_request_id", Open311Node.Text(c.TrackingCode)),
            ("status", Open311Node.Text(c.IsOpen ? "open" : "closed")),
            ("status_notes", Open311Node.Text(c.StatusNotes is { } notes ? LocalizedText.FromStored(notes).For(thai) : null)),
            ("service_name", Open311Node.Text(thai ? service.NameTh : service.NameEn)),
            ("service_code", Open311Node.Text(service.Code)),
            ("description", Open311Node.Text(c.Description)),
            ("agency_responsible", Open311Node.Text(department)),
            ("service_notice", Open311Node.Text(ServiceNotice(service.SlaHours, department, thai))),
            ("requested_datetime", Open311Node.Text(Open311Dates.Format(c.FiledAt))),
            // every closing step updates UpdatedAt, so for a closed request it is the time it closed
            ("updated_datetime", Open311Node.Text(Open311Dates.Format(c.UpdatedAt ?? c.FiledAt))),
            ("expected_datetime", Open311Node.Text(Open311Dates.Format(c.DueAt))),
            ("address", Open311Node.Text(c.Address)),
            ("address_id", Open311Node.Text(c.AddressId)),
            ("zipcode", Open311Node.Text(c.Zipcode)),
            ("lat", Open311Node.Number(c.Latitude)),
            ("long", Open311Node.Number(c.Longitude)),
            ("media_url", Open311Node.Text(c.MediaUrl ?? photoUrls.FirstOrDefault())),
        };
        if (steps is not null)
        {
            fields.Add(("extended_attributes", Open311Node.Object(
                ("detailed_status", Open311Node.Text(Snake(c.Status.ToString()))),
                ("media_urls", Open311Node.List("media_url", photoUrls.Select(Open311Node.Text))))));
            fields.Add(("notes", Open311Node.List("note", steps.Select(e => Open311Node.Object(
                ("datetime", Open311Node.Text(Open311Dates.Format(e.At))),
                ("description", Open311Node.Text((e.PublicNote is { } note ? LocalizedText.FromStored(note) : ComplaintEvent.Describe(e.Kind)).For(thai))),
                ("type", Open311Node.Text(Snake(e.Kind.ToString()))))))));
        }
        return new ObjectNode(fields);
    }

    private static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
