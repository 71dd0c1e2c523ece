using LocalGov.Benchmarks;
using LocalGov.Benchmarks.Scenarios;

// Every scenario, by name. A new benchmark is one class implementing IScenario, added to this list.
IScenario[] scenarios =
[
    new StartupScenario(),
    new IntakeScenario(),
    new ThaiIdScenario(),
    new BahtTextScenario(),
    new WasteBillingScenario(),
    new TaxAssessmentScenario(),
];

return await BenchmarkRunner.RunAsync(scenarios, args, Console.Out, Console.Error);
