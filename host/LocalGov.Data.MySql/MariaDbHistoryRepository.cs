using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Data.MySql;

/// <summary>
/// The provider takes the migration lock with <c>GET_LOCK('__EFMigrationsLock', -1)</c>, "wait for ever", which MySQL
/// understands and MariaDB answers with NULL (warning 1411), so every migration on MariaDB fails with an invalid cast.
/// This takes the same named lock with a finite wait (an hour: a migration running on another node is waited for, a
/// stuck one is reported) on both servers, and says clearly when it cannot be had. The provider's repository is internal,
/// so the rest of EF's public <see cref="HistoryRepository"/> is completed here for MySQL; idempotent scripts are not
/// offered (the provider's are SQL Server syntax): plain scripts and migrating at start-up are.
/// </summary>
internal sealed class MariaDbHistoryRepository(HistoryRepositoryDependencies dependencies) : HistoryRepository(dependencies)
{
    private const string LockName = "__EFMigrationsLock";
    private const int WaitSeconds = 3600;

    public override LockReleaseBehavior LockReleaseBehavior => LockReleaseBehavior.Connection;

    protected override string ExistsSql =>
        $"SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '{TableName}';";

    protected override bool InterpretExistsResult(object? value) => value is not null and not DBNull;

    public override string GetCreateIfNotExistsScript() =>
        GetCreateScript().Replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", StringComparison.Ordinal);

    public override string GetBeginIfNotExistsScript(string migrationId) => throw IdempotentScripts();

    public override string GetBeginIfExistsScript(string migrationId) => throw IdempotentScripts();

    public override string GetEndIfScript() => throw IdempotentScripts();

    private static NotSupportedException IdempotentScripts() =>
        new("Idempotent migration scripts are not available on MySQL/MariaDB: script from the database's last applied migration (dotnet ef migrations script <from>), or migrate at start-up (Database__Initialize=Migrate).");

    public override IMigrationsDatabaseLock AcquireDatabaseLock()
    {
        using var command = Command($"SELECT GET_LOCK('{LockName}', {WaitSeconds})");
        return Locked(command.ExecuteScalar());
    }

    public override async Task<IMigrationsDatabaseLock> AcquireDatabaseLockAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Command($"SELECT GET_LOCK('{LockName}', {WaitSeconds})");
        return Locked(await command.ExecuteScalarAsync(cancellationToken));
    }

    private DbCommand Command(string sql)
    {
        var connection = Dependencies.Connection;
        if (connection.DbConnection.State != ConnectionState.Open)
        {
            connection.Open();
        }
        var command = connection.DbConnection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = connection.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private Lock Locked(object? answer) =>
        answer is not null and not DBNull && Convert.ToInt64(answer, System.Globalization.CultureInfo.InvariantCulture) == 1
            ? new Lock(this)
            : throw new TimeoutException($"Could not take the migration lock '{LockName}' within {WaitSeconds} s: another node may be migrating, or a session holds it.");

    private void Release()
    {
        using var command = Command($"SELECT RELEASE_LOCK('{LockName}')");
        command.ExecuteScalar();
    }

    private sealed class Lock(MariaDbHistoryRepository repository) : IMigrationsDatabaseLock
    {
        public IHistoryRepository HistoryRepository => repository;

        public IMigrationsDatabaseLock ReacquireIfNeeded(bool connectionReopened, bool? transactionRestarted) =>
            connectionReopened ? repository.AcquireDatabaseLock() : this;

        public async Task<IMigrationsDatabaseLock> ReacquireIfNeededAsync(bool connectionReopened, bool? transactionRestarted,
            CancellationToken cancellationToken = default) =>
            connectionReopened ? await repository.AcquireDatabaseLockAsync(cancellationToken) : this;

        public void Dispose() => repository.Release();

        public ValueTask DisposeAsync()
        {
            repository.Release();
            return ValueTask.CompletedTask;
        }
    }
}
