namespace ImeiPortal.Data;

/// <summary>
/// Which due orders this instance processes now. SQLite has one writer per file: every due order is this instance's.
/// PostgreSQL may serve several instances: each claims a batch with a lease (see <c>PostgreSQL.PostgreSqlOrderClaims</c>).
/// </summary>
public interface IOrderClaims
{
    /// <summary>Up to <paramref name="max"/> pending orders due at <paramref name="now"/>, oldest first, claimed until <paramref name="leaseUntil"/>.</summary>
    Task<IReadOnlyList<long>> ClaimDueAsync(PortalDbContext db, DateTime now, DateTime leaseUntil, int max, CancellationToken cancellationToken);
}

/// <summary>
/// Which due notification deliveries this instance sends now: as <see cref="IOrderClaims"/>, every due one on SQLite, a
/// leased batch nobody else holds on PostgreSQL.
/// </summary>
public interface IDeliveryClaims
{
    /// <summary>Up to <paramref name="max"/> pending deliveries due at <paramref name="now"/>, oldest first, claimed until <paramref name="leaseUntil"/>.</summary>
    Task<IReadOnlyList<long>> ClaimDueAsync(PortalDbContext db, DateTime now, DateTime leaseUntil, int max, CancellationToken cancellationToken);
}

/// <summary>Who this portal instance is when it claims work; one per host (two test hosts in one process differ).</summary>
public sealed class PortalInstance
{
    // Host and process say who holds a lease to whoever reads the table; the GUID tells hosts of one process apart.
    public string Id { get; } = Bounded($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    // The column holds 100 characters; the GUID at the end is what must survive.
    private static string Bounded(string id) => id.Length <= 100 ? id : id[^100..];
}
