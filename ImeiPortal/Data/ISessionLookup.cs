using System.Data.Common;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data;

/// <summary>
/// Reads what a data session is decided on. The network asks for every session it opens (FreeRADIUS in front), so this
/// is the store's most frequent read, and each provider answers it past EF with a statement it keeps prepared: through
/// EF, building a context, opening its connection and preparing the query were about four fifths of an authorize call
/// (bench/README.md, 2026-12-03: authorize).
/// </summary>
public interface ISessionLookup
{
    /// <summary>The SIM <paramref name="key"/> names, as a session sees it; null when no SIM has that number.</summary>
    ValueTask<SessionSubject?> FindAsync(SimKey key, CancellationToken cancellationToken);
}

/// <param name="WhenImeiNotProvided">The SIM's customer's policy for a session without an IMEI; the default policy's when it has no customer.</param>
public readonly record struct SessionSubject(SimSessionState State, ImeiNotProvidedPolicy WhenImeiNotProvided);

/// <summary>The look-up's statement, named from the EF model like the other stores' SQL, and the reading of its row.</summary>
internal static class SessionLookupSql
{
    /// <summary>The column <see cref="Read"/> takes the swap window's end from: each provider reads its own time type.</summary>
    public const int SwapWindowUntilColumn = 6;

    /// <summary>
    /// The SIM's session columns and its customer's policy in one statement (a LEFT JOIN, not a query each), found by the
    /// number <paramref name="kind"/> on its own unique index; <paramref name="parameter"/> is the provider's marker for the number.
    /// </summary>
    public static string Select(DbContext db, SimKeyKind kind, string parameter)
    {
        string Of(string property) => "s." + StoreSql.Column<Sim>(db, property);
        var number = kind switch
        {
            SimKeyKind.Imsi => nameof(Sim.Imsi),
            SimKeyKind.Msisdn => nameof(Sim.Msisdn),
            _ => nameof(Sim.Iccid),
        };
        return "SELECT " + string.Join(", ",
                Of(nameof(Sim.Status)), Of(nameof(Sim.BarredByImeiLock)), Of(nameof(Sim.ImeiStatus)), Of(nameof(Sim.ImeiLock)),
                Of(nameof(Sim.AllowedImeiList)), Of(nameof(Sim.LockScope)), Of(nameof(Sim.SwapWindowUntil)), Of(nameof(Sim.SwapWindowTac)),
                "c." + StoreSql.Column<Customer>(db, nameof(Customer.WhenImeiNotProvided)))
            + $" FROM {StoreSql.Table<Sim>(db)} AS s LEFT JOIN {StoreSql.Table<Customer>(db)} AS c"
            + $" ON c.{StoreSql.Column<Customer>(db, nameof(Customer.Id))} = {Of(nameof(Sim.CustomerId))}"
            + $" WHERE {Of(number)} = {parameter}";
    }

    /// <summary>The row <see cref="Select"/> returns, its swap window's end as the provider read it.</summary>
    public static SessionSubject Read(DbDataReader row, DateTime? swapWindowUntil)
    {
        var state = new SimSessionState(
            (SimStatus)row.GetInt32(0),
            row.GetBoolean(1),
            (ImeiStatus)row.GetInt32(2),
            row.IsDBNull(3) ? null : row.GetString(3),
            row.GetString(4),
            (LockScope)row.GetInt32(5),
            swapWindowUntil,
            row.IsDBNull(7) ? null : row.GetString(7));
        return new SessionSubject(state, row.IsDBNull(8) ? LockPolicy.Default.WhenImeiNotProvided : (ImeiNotProvidedPolicy)row.GetInt32(8));
    }
}
