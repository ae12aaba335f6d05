using ImeiPortal.Data;
using ImeiPortal.Data.PostgreSQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace ImeiPortal.Tools;

/// <summary>
/// A fleet into a PostgreSQL database: each table in one binary COPY (PostgreSQL's bulk path: 10M SIMs in minutes,
/// where row inserts would take an hour), the months of history it spans as partitions of their own.
/// </summary>
internal sealed class PostgreSqlFleetWriter(string connectionString) : IFleetWriter
{
    // How far back generated history reaches (notifications: one a minute per Differed SIM, about 4 months at 10M SIMs).
    private const int MonthsBack = 14;

    private NpgsqlConnection? _connection;

    public string Name { get; } = new NpgsqlConnectionStringBuilder(connectionString) { Password = null }.ToString();

    public PortalDbContext CreateContext() =>
        new PostgreSqlPortalDbContext(new DbContextOptionsBuilder<PostgreSqlPortalDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(3600)).Options);

    public async Task OpenAsync(DateTime now)
    {
        _connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ToString());
        await _connection.OpenAsync();
        // The migration made this month's partitions and the next ones; past months would land in DEFAULT, where a
        // long-running portal would not have them (its retention makes each month's partition as the month comes).
        // Made by the retention store itself, so they are named and attached as it expects.
        var thisMonth = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        await using var db = CreateContext();
        await new PostgreSqlRetentionStore(NullLogger<PostgreSqlRetentionStore>.Instance)
            .CreateMonthsAsync(db, thisMonth.AddMonths(-MonthsBack), thisMonth.AddMonths(-1), CancellationToken.None);
    }

    public async Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        await using var copy = await Connection.BeginBinaryImportAsync(
            $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await copy.StartRowAsync();
            foreach (var value in row)
            {
                // Binary COPY carries no types: each value goes as its column's type, by the model's CLR type.
                switch (value)
                {
                    case null: await copy.WriteNullAsync(); break;
                    case string text: await copy.WriteAsync(text, NpgsqlDbType.Text); break;
                    case int number: await copy.WriteAsync(number, NpgsqlDbType.Integer); break;
                    case long number: await copy.WriteAsync(number, NpgsqlDbType.Bigint); break;
                    case bool flag: await copy.WriteAsync(flag, NpgsqlDbType.Boolean); break;
                    case DateTime time: await copy.WriteAsync(time, NpgsqlDbType.TimestampTz); break;
                    default: throw new InvalidOperationException($"{table}: no COPY type for {value.GetType()}");
                }
            }
        }

        await copy.CompleteAsync();
    }

    public async Task FinishAsync()
    {
        // The SIMs and detections came with their ids: the identity sequences go on from the highest, as after inserts.
        foreach (var table in new[] { "Sims", "Detections" })
        {
            await ExecuteAsync(
                $"SELECT setval(s, (SELECT max(\"Id\") FROM \"{table}\")) FROM pg_get_serial_sequence('\"{table}\"', 'Id') AS s WHERE s IS NOT NULL");
        }

        // Statistics for the planner, and the visibility map that lets counts be answered from an index alone.
        await ExecuteAsync("VACUUM ANALYZE");
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private NpgsqlConnection Connection => _connection ?? throw new InvalidOperationException("OpenAsync first.");

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, Connection);
        await command.ExecuteNonQueryAsync();
    }
}
