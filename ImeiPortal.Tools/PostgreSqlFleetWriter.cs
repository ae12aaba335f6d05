using ImeiPortal.Data;
using ImeiPortal.Data.PostgreSQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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
        _connection = await OpenConnectionAsync();
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
        // The model may keep some of an entity's columns in a table of their own (a SIM's "last seen" here): each table
        // gets its own COPY, of the key and its columns, fed from the same rows. A COPY holds its connection, so each
        // table past the first gets one of its own.
        var fragments = Fragments(table, columns);
        var connections = new List<NpgsqlConnection> { Connection };
        var copies = new List<NpgsqlBinaryImporter>();
        try
        {
            foreach (var (name, names, _) in fragments)
            {
                if (copies.Count > 0)
                {
                    connections.Add(await OpenConnectionAsync());
                }

                copies.Add(await connections[^1].BeginBinaryImportAsync(
                    $"COPY \"{name}\" ({string.Join(", ", names.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)"));
            }

            foreach (var row in rows)
            {
                for (var f = 0; f < fragments.Count; f++)
                {
                    await copies[f].StartRowAsync();
                    foreach (var index in fragments[f].Indexes)
                    {
                        await WriteValueAsync(copies[f], table, row[index]);
                    }
                }
            }

            foreach (var copy in copies)
            {
                await copy.CompleteAsync();
            }
        }
        finally
        {
            foreach (var copy in copies)
            {
                await copy.DisposeAsync();
            }

            foreach (var connection in connections.Skip(1))
            {
                await connection.DisposeAsync();
            }
        }
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

    private List<(string Table, string[] Columns, int[] Indexes)> Fragments(string table, IReadOnlyList<string> columns)
    {
        using var db = CreateContext();
        var model = db.Model.GetRelationalModel();
        var entity = model.FindTable(table, null)?.EntityTypeMappings.Select(m => m.TypeBase).OfType<IEntityType>().FirstOrDefault();
        var tables = entity is null ? [] : entity.GetTableMappings().Select(m => m.Table).Distinct().ToList();
        if (tables.Count <= 1)
        {
            return [(table, columns.ToArray(), Enumerable.Range(0, columns.Count).ToArray())];
        }

        var fragments = tables
            .Select(t => (t.Name, Columns: columns.Where(c => t.FindColumn(c) is not null).ToArray()))
            .Select(f => (f.Name, f.Columns, f.Columns.Select(c => columns.ToList().IndexOf(c)).ToArray()))
            .ToList();
        var unplaced = columns.Where(c => !fragments.Any(f => f.Columns.Contains(c))).ToList();
        return unplaced.Count == 0 ? fragments : throw new InvalidOperationException($"{table}: no table holds {string.Join(", ", unplaced)}");
    }

    private static async Task WriteValueAsync(NpgsqlBinaryImporter copy, string table, object? value)
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

    private async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private NpgsqlConnection Connection => _connection ?? throw new InvalidOperationException("OpenAsync first.");

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, Connection);
        await command.ExecuteNonQueryAsync();
    }
}
