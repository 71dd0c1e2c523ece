using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Architecture;

/// <summary>
/// Modules meet only through contracts (ARCHITECTURE.md, "Data"): no module project references another module's
/// implementation, and no module's code reads another module's tables. The second is read from the compiled
/// modules themselves: every <c>DbContext.Set&lt;T&gt;()</c> a module's assembly instantiates, T checked against
/// the EF model's owner of that entity.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class ModuleBoundaryTests(SqliteHost host)
{
    /// <summary>
    /// Each database provider is a plug-in (host/LocalGov.Data.&lt;Provider&gt;): neither the kernel nor any module
    /// references a database driver or an EF provider, in its project file or in its compiled assembly.
    /// </summary>
    [Fact]
    public void NoModuleOrKernel_ReferencesADatabaseDriver()
    {
        string[] drivers = ["Npgsql", "Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore.Sqlite", "SQLitePCLRaw", "MySql", "MySqlConnector", "Pomelo"];
        bool IsDriver(string name) => drivers.Any(d => name.StartsWith(d, StringComparison.OrdinalIgnoreCase));
        var offences = new List<string>();
        foreach (var project in Directory.GetFiles(Path.Combine(RepositoryRoot(), "modules"), "*.csproj", SearchOption.AllDirectories))
        {
            offences.AddRange(XDocument.Load(project).Descendants("PackageReference").Select(r => (string)r.Attribute("Include")!)
                .Where(IsDriver).Select(p => $"{Path.GetFileName(project)} → package {p}"));
        }
        foreach (var assembly in host.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.GetType().Assembly)
            .Append(typeof(LocalGovDbContext).Assembly).Distinct().Where(a => a != typeof(ModuleBoundaryTests).Assembly)) // not the test-only Notes module
        {
            offences.AddRange(assembly.GetReferencedAssemblies().Where(a => IsDriver(a.Name!)).Select(a => $"{assembly.GetName().Name} → {a.Name}"));
        }
        Assert.True(offences.Count == 0, "Database drivers belong in host/LocalGov.Data.<Provider>: " + string.Join("; ", offences));
    }

    [Fact]
    public void NoModuleProject_ReferencesAnotherModulesImplementation()
    {
        var root = RepositoryRoot();
        var offences = new List<string>();
        foreach (var project in Directory.GetFiles(Path.Combine(root, "modules"), "*.csproj", SearchOption.AllDirectories))
        {
            var module = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(project)))!; // modules/<Module>/<Project>/
            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!))
            {
                var target = Path.GetFileNameWithoutExtension(reference.Replace('\\', '/'));
                var targetModule = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(
                    Path.Combine(Path.GetDirectoryName(project)!, reference.Replace('\\', '/'))))))!;
                var allowed = targetModule == "Platform" || targetModule == module || target.EndsWith(".Contracts", StringComparison.Ordinal);
                if (!allowed)
                {
                    offences.Add($"{Path.GetFileName(project)} → {target}");
                }
            }
        }
        Assert.True(offences.Count == 0, "Module projects reference other modules' implementations: " + string.Join("; ", offences));
    }

    [Fact]
    public async Task NoModule_ReadsAnotherModulesTables()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Model;
        var owners = model.GetEntityTypes().Where(e => !e.IsOwned()).Select(e => e.ClrType).Distinct()
            .ToDictionary(t => t.FullName!, t => t.Assembly, StringComparer.Ordinal);
        var platform = typeof(LocalGovModule).Assembly;
        var offences = new List<string>();
        foreach (var module in host.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            var assembly = module.GetType().Assembly;
            if (assembly == typeof(ModuleBoundaryTests).Assembly)
            {
                continue; // the test-only Notes module
            }
            foreach (var entity in SetInstantiations(assembly).Where(owners.ContainsKey))
            {
                var owner = owners[entity];
                // Platform tables serve every module (settings, audit, grants), but the LAO itself is read from the
                // cached TenantInfo by business modules; only the platform's own parts (Identity, Tenants) keep it.
                var allowed = owner == assembly
                    || (owner == platform && (entity != typeof(Tenant).FullName || !module.IsOptional));
                if (!allowed)
                {
                    offences.Add($"{module.Name} reads {entity} (owned by {owner.GetName().Name})");
                }
            }
        }
        Assert.True(offences.Count == 0, "Modules read tables that are not theirs: " + string.Join("; ", offences));
    }

    [Fact]
    public void TheCheck_SeesTheSetsAModuleReads()
    {
        // the reader must find what it looks for, or the test above could never fail
        var complaints = SetInstantiations(typeof(global::LocalGov.Complaints.ComplaintsModule).Assembly);
        Assert.Contains(typeof(global::LocalGov.Complaints.Workflow.Complaint).FullName!, complaints);
        Assert.Contains(typeof(Tenant).FullName!, SetInstantiations(typeof(global::LocalGov.Tenants.TenantsModule).Assembly));
    }

    /// <summary>Full names of every T in a <c>Set&lt;T&gt;()</c> call compiled into <paramref name="assembly"/>.</summary>
    private static HashSet<string> SetInstantiations(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var provider = new TypeNames();
        foreach (var handle in Enumerable.Range(1, reader.GetTableRowCount(TableIndex.MethodSpec)).Select(MetadataTokens.MethodSpecificationHandle))
        {
            var spec = reader.GetMethodSpecification(handle);
            if (spec.Method.Kind != HandleKind.MemberReference)
            {
                continue;
            }
            var member = reader.GetMemberReference((MemberReferenceHandle)spec.Method);
            if (reader.GetString(member.Name) != "Set" || member.Parent.Kind != HandleKind.TypeReference
                || !reader.GetString(reader.GetTypeReference((TypeReferenceHandle)member.Parent).Name).EndsWith("DbContext", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var argument in spec.DecodeSignature(provider, null))
            {
                names.Add(argument);
            }
        }
        return names;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LocalGov.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("LocalGov.sln was not found above the test's folder.");
    }
}
