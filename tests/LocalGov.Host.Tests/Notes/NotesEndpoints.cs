using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Numbering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Notes;

public sealed record NoteDto(Guid Id, string Number, string Title, bool Reviewed, string ConcurrencyStamp);
public sealed record CreateNote(string Title, string? CitizenId);
public sealed record UpdateNote(string Title, string ConcurrencyStamp);

internal static class NotesEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/notes").DisableAntiforgery();
        group.MapGet("", SearchAsync).RequirePermission(NotesModule.Read);
        group.MapGet("/{id:guid}", GetAsync).RequirePermission(NotesModule.Read);
        group.MapPost("", CreateAsync).RequirePermission(NotesModule.Manage);
        group.MapPut("/{id:guid}", UpdateAsync).RequirePermission(NotesModule.Manage);
        group.MapDelete("/{id:guid}", DeleteAsync).RequirePermission(NotesModule.Manage);
        group.MapPost("/{id:guid}/bill", BillAsync).RequirePermission(NotesModule.Manage);
        // a page that breaks: what a person sees for an unexpected error (ShellTests)
        endpoints.MapGet("/notes/broken", string () => throw new InvalidOperationException("Test: the page broke")).RequirePermission(NotesModule.Read);
        // an endpoint that states no access at all: the fallback policy must close it (EndpointPolicyTests)
        endpoints.MapGet(EndpointPolicyUndeclared, () => "anyone can read this");
    }

    public const string EndpointPolicyUndeclared = "/notes/undeclared";

    private static async Task<Ok<List<NoteDto>>> SearchAsync(LocalGovDbContext db, string? q) =>
        TypedResults.Ok(await db.Set<Note>()
            .Where(n => q == null || n.Title.Contains(q))
            .OrderBy(n => n.Number)
            .Select(n => new NoteDto(n.Id, n.Number, n.Title, n.Reviewed, n.ConcurrencyStamp))
            .ToListAsync());

    private static async Task<Results<Ok<NoteDto>, NotFound>> GetAsync(LocalGovDbContext db, Guid id) =>
        await db.Set<Note>().FirstOrDefaultAsync(n => n.Id == id) is { } n
            ? TypedResults.Ok(ToDto(n))
            : TypedResults.NotFound();

    private static async Task<Created<NoteDto>> CreateAsync(LocalGovDbContext db, INumberingService numbers, CreateNote request)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var number = await numbers.NextAsync("NTE");
        var note = new Note(number.Formatted, request.Title, request.CitizenId);
        db.Add(note);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return TypedResults.Created($"/api/notes/{note.Id}", ToDto(note));
    }

    private static async Task<Results<Ok<NoteDto>, NotFound>> UpdateAsync(LocalGovDbContext db, Guid id, UpdateNote request)
    {
        var note = await db.Set<Note>().FirstOrDefaultAsync(n => n.Id == id);
        if (note is null)
        {
            return TypedResults.NotFound();
        }
        db.Entry(note).Property(n => n.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp;
        note.Title = request.Title;
        await db.SaveChangesAsync();
        return TypedResults.Ok(ToDto(note));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(LocalGovDbContext db, Guid id)
    {
        var note = await db.Set<Note>().FirstOrDefaultAsync(n => n.Id == id);
        if (note is null)
        {
            return TypedResults.NotFound();
        }
        db.Remove(note);
        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }

    /// <summary>Charges a 100-baht fee for a note through Payments, as a permit module charges its fee.</summary>
    private static async Task<Results<Ok<global::LocalGov.Payments.Contracts.BillView>, NotFound>> BillAsync(LocalGovDbContext db, global::LocalGov.Payments.Contracts.IBilling billing, TimeProvider clock, Guid id)
    {
        var note = await db.Set<Note>().FirstOrDefaultAsync(n => n.Id == id);
        if (note is null)
        {
            return TypedResults.NotFound();
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var bill = await billing.IssueAsync(new global::LocalGov.Payments.Contracts.IssueBillRequest(
            new global::LocalGov.Payments.Contracts.BillPayer("ผู้ยื่นบันทึก", "NOTE" + note.Number.Replace("-", "", StringComparison.Ordinal)[^6..]),
            new global::LocalGov.Payments.Contracts.BillSource("Notes", note.Id.ToString()),
            [new global::LocalGov.Payments.Contracts.BillLineRequest("NOTE-FEE", "ค่าธรรมเนียมบันทึก", 100m)],
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(15)));
        await transaction.CommitAsync();
        return TypedResults.Ok(bill);
    }

    /// <summary>The recurring job: marks every note of the current tenant reviewed.</summary>
    public static async Task ReviewAllAsync(TenantJobContext context)
    {
        var db = context.Services.GetRequiredService<LocalGovDbContext>();
        foreach (var note in await db.Set<Note>().ToListAsync(context.CancellationToken))
        {
            note.Reviewed = true;
        }
        await db.SaveChangesAsync(context.CancellationToken);
    }

    private static NoteDto ToDto(Note n) => new(n.Id, n.Number, n.Title, n.Reviewed, n.ConcurrencyStamp);
}
