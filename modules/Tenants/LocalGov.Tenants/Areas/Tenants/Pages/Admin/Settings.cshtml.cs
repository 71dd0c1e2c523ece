using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Settings;
using LocalGov.Tenants.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Admin;

/// <summary>The LAO's contact details and every setting the loaded modules let an LAO choose.</summary>
[Authorize(Policy = TenantsPermissions.AdministerPolicy)]
public sealed class SettingsModel(
    LocalGovDbContext db,
    ICurrentTenant currentTenant,
    PlatformDefinitions definitions,
    ISettingProvider settings,
    ISettingManager manager) : TenantsPage
{
    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }
    public IReadOnlyList<(SettingDefinition Definition, string? Value)> Settings { get; private set; } = [];
    public bool Saved { get; private set; }

    /// <summary>The secret settings that have a value: the page says "set", never what it is.</summary>
    public IReadOnlySet<string> SecretsSet { get; private set; } = new HashSet<string>();

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>
    /// Saves the contact details and every setting together, or nothing: a value that breaks its setting's rule is
    /// named beside its field and the form comes back with everything as it was typed, to fix and send again.
    /// </summary>
    public async Task OnPostAsync(string? contactEmail, string? contactPhone, Dictionary<string, string?>? values,
        Dictionary<string, string?>? clear, CancellationToken cancellationToken)
    {
        values ??= [];
        clear ??= [];
        if (!string.IsNullOrWhiteSpace(contactEmail) && !EmailAddress.IsPlausible(contactEmail.Trim()))
        {
            Error("อีเมลติดต่อไม่ถูกต้อง", "The contact email is not valid.", "contactEmail");
        }
        if (contactPhone?.Trim().Length > 40)
        {
            Error("เบอร์โทรศัพท์ยาวเกิน 40 ตัวอักษร", "The phone number is longer than 40 characters.", "contactPhone");
        }
        foreach (var definition in definitions.Settings.Values.Where(d => d.TenantEditable && d.Validate is not null))
        {
            if (values.TryGetValue(definition.Name, out var value) && !string.IsNullOrWhiteSpace(value)
                && definition.Validate!(value.Trim()) is { } problem)
            {
                Error($"{definition.DisplayName.Th}: {problem.Th}", $"{definition.DisplayName.En}: {problem.En}", $"values[{definition.Name}]");
            }
        }
        if (!ModelState.IsValid)
        {
            await ShowAgainAsTyped(contactEmail, contactPhone, values, cancellationToken);
            return;
        }
        var tenantId = currentTenant.Id!.Value;
        var tenant = await db.Set<Tenant>().SingleAsync(t => t.Id == tenantId, cancellationToken);
        tenant.SetContact(contactEmail, contactPhone);
        var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var definition in definitions.Settings.Values.Where(d => d.TenantEditable))
        {
            if (definition.Kind == SettingKind.Secret)
            {
                // write-only: an empty field keeps the secret, a new value replaces it, the box clears it
                if (values.TryGetValue(definition.Name, out var secret) && !string.IsNullOrWhiteSpace(secret))
                {
                    changes[definition.Name] = secret.Trim();
                }
                else if (clear.TryGetValue(definition.Name, out var remove) && remove == "true")
                {
                    changes[definition.Name] = null;
                }
            }
            else if (values.TryGetValue(definition.Name, out var value))
            {
                changes[definition.Name] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }
        }
        // the contact details and the settings in one SaveChanges: a refused value (one too long for its column)
        // writes nothing, and the form comes back as it was typed
        if (!await TryAsync(db, () => manager.SetForTenantAsync(db, tenantId, changes, cancellationToken)))
        {
            await ShowAgainAsTyped(contactEmail, contactPhone, values, cancellationToken);
            return;
        }
        Saved = true;
        await LoadAsync(cancellationToken);
    }

    private async Task ShowAgainAsTyped(string? contactEmail, string? contactPhone, Dictionary<string, string?> values,
        CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ContactEmail = contactEmail;
        ContactPhone = contactPhone;
        Settings = [.. Settings.Select(s => (s.Definition,
            s.Definition.Kind != SettingKind.Secret && values.TryGetValue(s.Definition.Name, out var typed) ? typed : s.Value))];
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id!.Value;
        var tenant = await db.Set<Tenant>().AsNoTracking().SingleAsync(t => t.Id == tenantId, cancellationToken);
        ContactEmail = tenant.ContactEmail;
        ContactPhone = tenant.ContactPhone;
        var list = new List<(SettingDefinition, string?)>();
        var secretsSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions.Settings.Values.Where(d => d.TenantEditable))
        {
            var value = await settings.GetAsync(definition.Name, cancellationToken);
            if (definition.Kind == SettingKind.Secret)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    secretsSet.Add(definition.Name);
                }
                value = null; // never sent to the browser
            }
            list.Add((definition, value));
        }
        Settings = list;
        SecretsSet = secretsSet;
    }
}
