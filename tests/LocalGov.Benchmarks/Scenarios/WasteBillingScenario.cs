using System.Diagnostics;
using LocalGov.Identity;
using LocalGov.Payments;
using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Seeding;
using LocalGov.Tenants;
using LocalGov.WasteFees;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.FeeClasses;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LocalGov.Benchmarks.Scenarios;

/// <summary>
/// <c>waste-billing</c>: one LAO with <c>--points</c> service points (mixed classes, some prorated, some exempt, one
/// in ten with an encrypted payer ID) billed for one month by the real <see cref="BillingEngine"/>: every bill through
/// Payments, in committed batches, on a fresh database of the chosen provider. Reports the run's seconds and the
/// process's peak memory while it ran. Issue 7 sets the target: 100,000 points in 10 s or less.
/// </summary>
internal sealed class WasteBillingScenario : IScenario
{
    public const string PostgresVariable = BenchmarkDatabases.PostgresVariable;

    public string Name => "waste-billing";

    public string Description => "seconds and peak memory to bill one month for an LAO with --points service points.";

    public IReadOnlyList<ScenarioOption> Options { get; } =
    [
        new("points", "100000", "service points to bill"),
        new("provider", "sqlite", "sqlite, postgresql or mysql (postgresql needs LOCALGOV_TEST_POSTGRES, mysql LOCALGOV_TEST_MYSQL: an admin connection string)"),
        new("batch", "engine", "points per committed batch (default: the database engine's BulkBatchRows)"),
    ];

    public async Task<BenchmarkResult> RunAsync(ScenarioArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        var points = arguments.GetInt32("points", 100_000);
        int? batch = arguments.GetString("batch") is "engine" or null ? null : arguments.GetInt32("batch", 0);
        var provider = BenchmarkHost.Provider(arguments);

        await using var host = await BenchmarkHost.StartAsync(provider, "waste", modules => modules.Add<WasteFeesModule>());
        var app = host.App;
        var tenant = await host.ProvisionAsync(["WasteFees", "Payments"], cancellationToken);
        log.WriteLine($"waste-billing: registering {points:N0} service points on {provider}…");
        var registering = Stopwatch.StartNew();
        await RegisterAsync(app, tenant, points, cancellationToken);
        log.WriteLine($"waste-billing: registered in {registering.Elapsed.TotalSeconds:F1} s");

        log.WriteLine("waste-billing: billing one month…");
        var measured = RunMeasurement.Start();
        BillingRun run;
        await using (var scope = app.Services.CreateAsyncScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant))
        {
            var engine = scope.ServiceProvider.GetRequiredService<BillingEngine>();
            var claimed = await engine.ClaimAsync(new BillingPeriod(2026, 11), "benchmark", cancellationToken);
            run = await engine.ExecuteAsync(claimed.Id, batch, new Progress<BillingRun>(r => log.Write($"\r  {r.Done:N0}/{r.Total:N0} at {measured.Elapsed.TotalSeconds:F1} s")), cancellationToken);
        }
        log.WriteLine();
        measured.Stop(log);

        if (run.Status != BillingRunStatus.Completed || run.Done != points)
        {
            throw new BenchmarkException($"The run ended {run.Status} with {run.Done:N0} of {points:N0} points done.");
        }
        var result = new BenchmarkResult()
            .Add("provider", provider.ToString().ToLowerInvariant())
            .Add("points", points)
            .Add("bills", run.Billed)
            .Add("exempt", run.Exempt);
        return measured.Report(result, "points_per_s", points);
    }

    /// <summary>Points through the real validation and registry, 5,000 at a time: 1 in 10 a shop, 1 in 50 exempt, 1 in 25 started mid-month.</summary>
    private static async Task RegisterAsync(WebApplication app, TenantInfo tenant, int count, CancellationToken cancellationToken)
    {
        var random = new Random(7);
        for (var start = 0; start < count; start += 5000)
        {
            await using var scope = app.Services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
            var registry = scope.ServiceProvider.GetRequiredService<ServicePointRegistry>();
            var vault = scope.ServiceProvider.GetRequiredService<Platform.PersonalData.IPersonalDataVault>();
            var classes = await registry.FeeClassesByCodeAsync(cancellationToken);
            var details = new List<ServicePointDetails>();
            for (var i = start; i < Math.Min(count, start + 5000); i++)
            {
                var input = new ServicePointInput
                {
                    HouseCode = Thai.ThaiHouseCode.Generate(random),
                    HouseNo = $"{i % 400 + 1}/{i / 400 + 1}",
                    Moo = (i % 12 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Subdistrict = "สุเทพ",
                    PayerName = $"ผู้ชำระ {i}",
                    PayerNationalId = i % 10 == 0 ? Thai.ThaiNationalId.Generate(random) : null,
                    PayerEmail = i % 3 == 0 ? $"payer{i}@example.com" : null,
                    FeeClass = i % 10 == 0 ? "SHOP" : "HOUSE",
                    Zone = $"Z{i % 4 + 1}",
                    Route = $"R{i % 20 + 1}",
                    StartDate = i % 25 == 0 ? "2026-11-11" : "2025-01-01",
                    ExemptReason = i % 50 == 0 ? "ผู้ถือบัตรสวัสดิการแห่งรัฐ" : null,
                    ExemptFrom = i % 50 == 0 ? "2025-01-01" : null,
                };
                var (checkedDetails, errors) = ServicePointDetails.Validate(input, classes, vault);
                details.Add(checkedDetails ?? throw new BenchmarkException($"Generated point {i} is invalid: {errors[0].Message.En}"));
            }
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await registry.CreateManyAsync(details, cancellationToken);
        }
    }
}
