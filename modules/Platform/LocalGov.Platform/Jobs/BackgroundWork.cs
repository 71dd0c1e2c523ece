using System.Threading.Channels;
using LocalGov.Platform.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalGov.Platform.Jobs;

/// <summary>
/// Long work a person starts from a page (a billing run, an annual assessment): the page answers at once and the
/// work runs here, in its own scope with the tenant set, one item at a time. The work keeps its own progress and
/// must be resumable: a host that stops cancels the token, and a crash loses only the item in hand, which the
/// module's own job or the person restarts.
/// </summary>
public interface IBackgroundWork
{
    void Enqueue(string name, Guid tenantId, Func<IServiceProvider, CancellationToken, Task> work);
}

internal sealed partial class BackgroundWorkService(IServiceScopeFactory scopes, ITenantStore tenants, ILogger<BackgroundWorkService> logger)
    : BackgroundService, IBackgroundWork
{
    private readonly Channel<(string Name, Guid TenantId, Func<IServiceProvider, CancellationToken, Task> Work)> _queue =
        Channel.CreateUnbounded<(string, Guid, Func<IServiceProvider, CancellationToken, Task>)>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(string name, Guid tenantId, Func<IServiceProvider, CancellationToken, Task> work) =>
        _queue.Writer.TryWrite((name, tenantId, work));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (name, tenantId, work) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();
                // Change, not an async helper: the tenant lives in an AsyncLocal, which an awaited method cannot set for its caller
                var tenant = await tenants.FindByIdAsync(tenantId, stoppingToken)
                    ?? throw new InvalidOperationException($"Tenant {tenantId} does not exist.");
                using (currentTenant.Change(tenant))
                {
                    await work(scope.ServiceProvider, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex, name, tenantId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background work {Name} failed for tenant {TenantId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string name, Guid tenantId);
}
