using ImeiPortal.Data;

namespace ImeiPortal.Tools;

/// <summary>Where <see cref="DataGenerator"/> writes a fleet: one store, its bulk path for the big tables.</summary>
internal interface IFleetWriter : IAsyncDisposable
{
    /// <summary>The store, as the log names it.</summary>
    string Name { get; }

    /// <summary>A context on the store with the provider's migrations, for migrating it and for the few rows EF writes.</summary>
    PortalDbContext CreateContext();

    /// <summary>Opens the bulk connection once the schema is there; <paramref name="now"/> is the fleet's present.</summary>
    Task OpenAsync(DateTime now);

    /// <summary>
    /// Appends <paramref name="rows"/> to <paramref name="table"/>, each value in <paramref name="columns"/>' order as the
    /// model's CLR type (string, int, long, bool, UTC DateTime) or null.
    /// </summary>
    Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows);

    /// <summary>Statistics for the planner and whatever else the store needs before the portal opens it.</summary>
    Task FinishAsync();
}
