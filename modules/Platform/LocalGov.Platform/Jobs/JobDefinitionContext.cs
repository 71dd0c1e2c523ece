using LocalGov.Platform.Modularity;

namespace LocalGov.Platform.Jobs;

public sealed class JobDefinitionContext
{
    internal Dictionary<string, RecurringJobDefinition> Definitions { get; } = new(StringComparer.Ordinal);
    internal LocalGovModule? CurrentModule { get; set; }

    /// <summary>Adds a per-tenant recurring job gated by the current module's feature.</summary>
    public JobDefinitionContext AddRecurring(string name, string cronExpression, Func<TenantJobContext, Task> executeAsync)
    {
        var definition = new RecurringJobDefinition(name, cronExpression, CurrentModule?.Feature, executeAsync);
        if (!Definitions.TryAdd(name, definition))
        {
            throw new InvalidOperationException($"Job '{name}' is defined twice.");
        }
        return this;
    }
}
