using System.Diagnostics;
using System.Globalization;
using LocalGov.Identity;
using LocalGov.Payments;
using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Seeding;
using LocalGov.Tax;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using LocalGov.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LocalGov.Benchmarks.Scenarios;

/// <summary>
/// <c>tax-assessment</c>: one LAO with <c>--parcels</c> owners, each owning one land parcel (mixed uses: main homes
/// under the exemption, other residence, shops, farms, land vacant for years; one owner in ten a company, one in
/// three with email), assessed for one year by the real <see cref="AssessmentEngine"/> on the national schedule:
/// notices numbered, every bill through Payments, in committed batches, on a fresh database of the chosen provider.
/// The register is written with bulk inserts (not timed). Reports the run's seconds and the process's peak memory
/// while it ran. Issue 9 sets the target: 100,000 parcels in 10 s or less.
/// </summary>
internal sealed class TaxAssessmentScenario : IScenario
{
    private const int Year = 2026;

    public string Name => "tax-assessment";

    public string Description => "seconds and peak memory to assess one tax year for an LAO with --parcels owners of one parcel each.";

    public IReadOnlyList<ScenarioOption> Options { get; } =
    [
        new("parcels", "100000", "owners (each with one land parcel) to assess"),
        new("provider", "sqlite", "sqlite, postgresql or mysql (postgresql needs LOCALGOV_TEST_POSTGRES, mysql LOCALGOV_TEST_MYSQL: an admin connection string)"),
        new("batch", "engine", "owners per committed batch (default: the database engine's BulkBatchRows)"),
    ];

    public async Task<BenchmarkResult> RunAsync(ScenarioArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        var parcels = arguments.GetInt32("parcels", 100_000);
        int? batch = arguments.GetString("batch") is "engine" or null ? null : arguments.GetInt32("batch", 0);
        var provider = BenchmarkHost.Provider(arguments);

        await using var host = await BenchmarkHost.StartAsync(provider, "tax", modules => modules.Add<TaxModule>());
        var app = host.App;
        var tenant = await host.ProvisionAsync(["Tax", "Payments"], cancellationToken);
        log.WriteLine($"tax-assessment: registering {parcels:N0} owners and parcels on {provider}…");
        var registering = Stopwatch.StartNew();
        await RegisterAsync(app, tenant, parcels, cancellationToken);
        log.WriteLine($"tax-assessment: registered in {registering.Elapsed.TotalSeconds:F1} s");
        log.WriteLine($"tax-assessment: assessing {Year}…");
        var measured = RunMeasurement.Start();
        AssessmentRun run;
        await using (var scope = app.Services.CreateAsyncScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant))
        {
            var engine = scope.ServiceProvider.GetRequiredService<AssessmentEngine>();
            var claimed = await engine.ClaimAsync(Year, "benchmark", cancellationToken);
            run = await engine.ExecuteAsync(claimed.Id, batch, cancellationToken);
        }
        measured.Stop(log);

        if (run.Status != RunStatus.Completed || run.Assessed != parcels)
        {
            throw new BenchmarkException($"The run ended {run.Status} with {run.Assessed:N0} of {parcels:N0} owners assessed ({run.Skipped:N0} skipped).");
        }
        var result = new BenchmarkResult()
            .Add("provider", provider.ToString().ToLowerInvariant())
            .Add("parcels", parcels)
            .Add("assessments", run.Assessed)
            .Add("bills", run.Billed)
            .Add("nothing_due", run.NothingDue);
        return measured.Report(result, "parcels_per_s", parcels);
    }

    /// <summary>
    /// Four land price zones, then owners, parcels and shares written in bulk, 10,000 at a time: each parcel checked by
    /// the register's own validation first. Uses: 4 in 10 a main home (worth far below the 50 M exemption), 2 other
    /// residence, 2 shops ("other"), 1 farm, 1 vacant land (0 to 7 years).
    /// </summary>
    private static async Task RegisterAsync(WebApplication app, TenantInfo tenant, int count, CancellationToken cancellationToken)
    {
        var random = new Random(9);
        var now = DateTime.UtcNow;
        await using (var scope = app.Services.CreateAsyncScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant))
        {
            var registry = scope.ServiceProvider.GetRequiredService<TaxRegistry>();
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            for (var zone = 1; zone <= 4; zone++)
            {
                await registry.SetPriceAsync(PriceKind.LandZone, $"Z{zone}", 2023, zone * 6_000m, $"โซน {zone}", cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        for (var start = 0; start < count; start += 10_000)
        {
            await using var scope = app.Services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
            var vault = scope.ServiceProvider.GetRequiredService<IPersonalDataVault>();
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            var payers = new List<TaxPayer>();
            var properties = new List<TaxProperty>();
            var owners = new List<PropertyOwner>();
            for (var i = start; i < Math.Min(count, start + 10_000); i++)
            {
                var juristic = i % 10 == 9;
                var id = juristic ? Thai.ThaiNationalId.Generate(random, Thai.ThaiIdCategory.NoRegistrationStatus) : Thai.ThaiNationalId.Generate(random);
                var payer = new TaxPayer($"TXP-{i + 1:D7}", juristic ? PayerKind.Juristic : PayerKind.Person, $"ผู้เสียภาษี {i}", vault.Protect(id),
                    juristic ? Thai.ThaiTaxId.Format(id) : Thai.ThaiNationalId.Mask(id));
                TaxRegistry.ApplyContact(payer, new PayerDetails(payer.Kind, payer.Name, id, i % 3 == 0 ? $"payer{i}@example.com" : null, null,
                    $"{i % 400 + 1}/{i / 400 + 1} หมู่ {i % 12 + 1}"));
                payers.Add(payer);

                var squareWa = 50 + (i % 20) * 10;
                var use = (i % 10) switch
                {
                    < 4 => new UsePart(LandUse.MainHome, squareWa),
                    < 6 => new UsePart(LandUse.ResidentialOther, squareWa),
                    < 8 => new UsePart(LandUse.Other, squareWa),
                    8 => new UsePart(LandUse.Agricultural, squareWa),
                    _ => new UsePart(LandUse.Vacant, squareWa, i % 8),
                };
                var details = new PropertyDetails($"P-{i + 1:D7}", PropertyKind.Land, $"{i % 400 + 1}/{i / 400 + 1}", "สุเทพ", DeedType.Chanote,
                    (i + 1).ToString(CultureInfo.InvariantCulture), Math.Floor(squareWa / 400m), Math.Floor(squareWa % 400 / 100m), squareWa % 100,
                    $"Z{i % 4 + 1}", null, null, null, null, [use]);
                var errors = details.Validate(Year);
                if (errors.Count > 0)
                {
                    throw new BenchmarkException($"Generated parcel {i} is invalid: {errors[0].Message.En}");
                }
                var property = new TaxProperty(details.Code!, PropertyKind.Land);
                TaxRegistry.Apply(property, details);
                properties.Add(property);
                owners.Add(new PropertyOwner(property.Id, payer.Id, 100, use.Use == LandUse.MainHome && !juristic));
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.InsertManyAsync(payers, "benchmark", now, cancellationToken);
            await db.InsertManyAsync(properties, "benchmark", now, cancellationToken);
            await db.InsertManyAsync(owners, "benchmark", now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
