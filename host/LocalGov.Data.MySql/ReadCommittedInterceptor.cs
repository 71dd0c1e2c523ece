using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocalGov.Data.MySql;

/// <summary>
/// Transactions on MySQL/MariaDB run at READ COMMITTED, as they do on PostgreSQL, where the modules' concurrency was
/// designed: InnoDB's default REPEATABLE READ takes gap and next-key locks on every locking read, so concurrent
/// writers to neighbouring rows (two residents numbered in the same sequence, two bills of one account) wait for
/// each other or deadlock where PostgreSQL lets them through. A transaction asking for a level keeps it.
/// </summary>
internal sealed class ReadCommittedInterceptor : DbTransactionInterceptor
{
    public static readonly ReadCommittedInterceptor Instance = new();

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result) =>
        eventData.IsolationLevel == IsolationLevel.Unspecified
            ? InterceptionResult<DbTransaction>.SuppressWithResult(connection.BeginTransaction(IsolationLevel.ReadCommitted))
            : result;

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
        eventData.IsolationLevel == IsolationLevel.Unspecified
            ? InterceptionResult<DbTransaction>.SuppressWithResult(await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken))
            : result;
}
