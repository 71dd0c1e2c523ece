namespace LocalGov.Platform.Jobs;

/// <summary>
/// A job that runs on a schedule once for every active tenant that has <see cref="Feature"/> on, each run in its own
/// DI scope inside <c>ICurrentTenant.Change(tenant)</c>. The schedule can be overridden with <c>Jobs:{Name}:Cron</c>.
/// </summary>
public sealed record RecurringJobDefinition(
    string Name,
    string CronExpression,
    string? Feature,
    Func<TenantJobContext, Task> ExecuteAsync);
