using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocalGov.Data.MySql;

/// <summary>
/// The provider writes <c>ExecuteDelete</c> as <c>DELETE FROM `t` AS `x` WHERE …</c>, which MySQL 8 accepts and MariaDB
/// 10.11 refuses as a syntax error. Both accept the multiple-table form <c>DELETE `x` FROM `t` AS `x` WHERE …</c>,
/// which deletes the same rows; this rewrites the one form into the other before the command is sent.
/// </summary>
internal sealed partial class DeleteAliasInterceptor : DbCommandInterceptor
{
    public static readonly DeleteAliasInterceptor Instance = new();

    [GeneratedRegex(@"^(\s*)DELETE FROM (`[^`]+`) AS (`[^`]+`)", RegexOptions.CultureInvariant)]
    private static partial Regex AliasedDelete();

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Rewrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Rewrite(command);
        return ValueTask.FromResult(result);
    }

    internal static string Rewrite(string sql) => AliasedDelete().Replace(sql, "$1DELETE $3 FROM $2 AS $3", 1);

    private static void Rewrite(DbCommand command) => command.CommandText = Rewrite(command.CommandText);
}
