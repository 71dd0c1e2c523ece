using LocalGov.Platform.Authorization;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Menus;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Tests.Notes;

/// <summary>
/// A small module that exists only in the tests: it exercises every platform mechanism the way a business
/// module does (tables, endpoints, permissions, menus, a recurring job, seed data).
/// </summary>
public sealed class NotesModule : LocalGovModule
{
    public const string Read = "Notes.Read";
    public const string Manage = "Notes.Manage";
    public const string ReviewJob = "notes-review";

    public override string Name => "Notes";
    public override LocalizedText DisplayName => new("บันทึก", "Notes");

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(b =>
        {
            b.ToTable("notes_notes");
            b.HasKey(n => n.Id);
            b.Property(n => n.Number).HasMaxLength(30);
            b.Property(n => n.Title).HasMaxLength(200);
            b.Property(n => n.CitizenId).HasMaxLength(13);
        });
        // every kind of column, for comparing bulk inserts with EF's (Data/BulkInsertTests)
        modelBuilder.Entity<Data.BulkSample>(b =>
        {
            b.ToTable("test_bulk_samples");
            b.HasKey(s => s.Id);
            b.Property(s => s.NamedColour).HasConversion<string>().HasMaxLength(10);
            b.OwnsMany(s => s.Lines, l =>
            {
                l.ToTable("test_bulk_sample_lines");
                l.WithOwner().HasForeignKey("SampleId");
                l.HasKey("SampleId", nameof(Data.BulkSampleLine.Sequence));
            });
        });
    }

    public override void DefinePermissions(PermissionDefinitionContext context) => context
        .Add(Read, new LocalizedText("ดูบันทึก", "Read notes"), RoleTemplates.ComplaintsOfficer)
        .Add(Manage, new LocalizedText("จัดการบันทึก", "Manage notes"));

    public override void DefineMenus(MenuDefinitionContext context) => context
        .Add(MenuArea.Staff, "notes", new LocalizedText("บันทึก", "Notes"), "/notes", Read);

    public override void DefineJobs(Platform.Jobs.JobDefinitionContext context) =>
        context.AddRecurring(ReviewJob, "0 0 3 * * ?", NotesEndpoints.ReviewAllAsync);

    public override void ConfigureServices(ModuleServiceContext context)
    {
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddScoped<Platform.Reporting.IWorkItemSource, UnreviewedNotes>(context.Services);
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddScoped<global::LocalGov.Payments.Contracts.IBillEventHandler, NoteFeePaid>(context.Services);
    }

    public override void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => NotesEndpoints.Map(endpoints);

    public override Task SeedTenantAsync(TenantSeedContext context)
    {
        context.Db.Add(new Note("SEED", "Welcome", null));
        return Task.CompletedTask;
    }
}
