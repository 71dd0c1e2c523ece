using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Data.MySql;

/// <summary>
/// Oracle's provider records a column's collation in a migration (<c>collation: "ascii_bin"</c>) but leaves it out of the
/// SQL it generates, so identifiers would be created in the table's utf8mb4 after all (see <see cref="MySqlModel"/>).
/// This puts the collation into the column's type, which the provider writes as given, and hands every operation on to
/// the provider's own generator (internal to it, so found by name).
/// </summary>
internal sealed class CollationMigrationsSqlGenerator(IServiceProvider services) : IMigrationsSqlGenerator
{
    private const string ProviderGenerator = "MySql.EntityFrameworkCore.Migrations.MySQLMigrationsSqlGenerator";

    private readonly IMigrationsSqlGenerator _provider = (IMigrationsSqlGenerator)ActivatorUtilities.CreateInstance(services,
        typeof(global::MySql.EntityFrameworkCore.Extensions.MySQLServiceCollectionExtensions).Assembly.GetType(ProviderGenerator, throwOnError: true)!);

    public IReadOnlyList<MigrationCommand> Generate(IReadOnlyList<MigrationOperation> operations, IModel? model = null,
        MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default)
    {
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case CreateTableOperation table:
                    table.Columns.ForEach(CollationInType);
                    break;
                case ColumnOperation column:
                    CollationInType(column);
                    break;
            }
        }
        return _provider.Generate(operations, model, options);
    }

    private static void CollationInType(ColumnOperation column)
    {
        if (column.Collation is { } collation && column.ColumnType is { } type && !type.Contains(" COLLATE ", StringComparison.OrdinalIgnoreCase))
        {
            column.ColumnType = $"{type} COLLATE {collation}";
        }
    }
}
