using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>Turns <see cref="RowLocks.LockedForUpdate"/>'s tag into PostgreSQL's <c>FOR UPDATE</c>.</summary>
internal sealed class RowLockInterceptor : DbCommandInterceptor
{
    public static readonly RowLockInterceptor Instance = new();

    private static readonly string Opening = "-- " + RowLocks.Tag;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Lock(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Lock(command);
        return ValueTask.FromResult(result);
    }

    private static void Lock(DbCommand command)
    {
        if (command.CommandText.StartsWith(Opening, StringComparison.Ordinal))
        {
#pragma warning disable CA2100 // EF's own SQL with a constant clause appended.
            command.CommandText = command.CommandText.TrimEnd().TrimEnd(';') + "\nFOR UPDATE";
#pragma warning restore CA2100
        }
    }
}
