using ImeiPortal.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ImeiPortal.Tests.Data;

/// <summary>Which provider errors mean "the store cannot grow", however EF or an aggregate wrapped them.</summary>
public sealed class StoreFullDetectorTests
{
    private static PostgresException Postgres(string sqlState) =>
        new("could not extend file \"base/16384/16385\": No space left on device", "ERROR", "ERROR", sqlState);

    [Fact]
    public void FindCause_PostgreSqlDiskFullInsideEfUpdateException_ReturnsThePostgresError()
    {
        var diskFull = Postgres(PostgresErrorCodes.DiskFull);

        var cause = StoreFullDetector.FindCause(new DbUpdateException("An error occurred while saving the entity changes.", diskFull));

        Assert.Same(diskFull, cause);
        Assert.Equal("53100", diskFull.SqlState);
    }

    [Theory]
    [InlineData("53200")] // out_of_memory: passes when the load does
    [InlineData("53300")] // too_many_connections: passes when connections close
    [InlineData("53400")] // configuration_limit_exceeded
    [InlineData("23505")] // unique_violation
    public void FindCause_OtherPostgreSqlErrors_ReturnsNull(string sqlState) =>
        Assert.Null(StoreFullDetector.FindCause(new DbUpdateException("save failed", Postgres(sqlState))));

    [Fact]
    public void FindCause_PostgreSqlDiskFullInAnAggregate_ReturnsIt()
    {
        var diskFull = Postgres(PostgresErrorCodes.DiskFull);

        Assert.Same(diskFull, StoreFullDetector.FindCause(new AggregateException(new InvalidOperationException("other"), new DbUpdateException("save failed", diskFull))));
    }

    [Fact]
    public void FindCause_SqliteFull_ReturnsTheSqliteError()
    {
        var full = new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);

        Assert.Same(full, StoreFullDetector.FindCause(new DbUpdateException("save failed", full)));
        Assert.Null(StoreFullDetector.FindCause(new DbUpdateException("save failed", new SqliteException("SQLite Error 5: 'database is locked'.", 5))));
    }
}
