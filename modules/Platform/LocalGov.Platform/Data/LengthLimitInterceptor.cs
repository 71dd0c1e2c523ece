using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LocalGov.Platform.Data;

/// <summary>
/// Refuses a text longer than its column before anything is written: every string property with a maximum length
/// in the model (<c>HasMaxLength</c>), or a value stored as such text (a JSON column), is checked on every added or changed row, owned rows included. PostgreSQL and
/// MySQL would refuse it as an error mid-save (SQLite would store it); this answers with the entity, property and
/// limit instead (<see cref="ValueTooLongException"/>), and the whole SaveChanges writes nothing. Lengths are counted
/// in characters as the databases count them (a character outside the Basic Multilingual Plane is one).
/// </summary>
internal sealed class LengthLimitInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            foreach (var property in entry.Properties)
            {
                if (entry.State == EntityState.Added || property.IsModified)
                {
                    CheckValue(property.Metadata, property.CurrentValue);
                }
            }
        }
    }

    /// <summary>Throws <see cref="ValueTooLongException"/> when <paramref name="value"/> would not fit the property's column.</summary>
    internal static void CheckValue(IProperty property, object? value)
    {
        if (property.GetMaxLength() is not { } max || StoredText(property, value) is not { } text || text.Length <= max)
        {
            return;
        }
        var characters = CountCharacters(text);
        if (characters > max)
        {
            throw new ValueTooLongException(property.DeclaringType.ClrType.Name, property.Name, max, characters);
        }
    }

    /// <summary>The text a property is stored as: a string, or what its converter makes of it (a JSON column); else null.</summary>
    private static string? StoredText(IProperty property, object? value) => value switch
    {
        null => null,
        _ when property.GetValueConverter() is { ProviderClrType: var provider } converter =>
            provider == typeof(string) ? converter.ConvertToProvider(value) as string : null,
        string text => text,
        _ => null,
    };

    /// <summary>Unicode characters (code points), as varchar(n) counts them; a surrogate pair is one.</summary>
    private static int CountCharacters(string value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            count++;
        }
        return count;
    }
}
