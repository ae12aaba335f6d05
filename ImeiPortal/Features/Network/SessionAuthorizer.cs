using ImeiPortal.Data;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Sims;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Network;

/// <summary>A data session to decide; the SIM is named by exactly one of <paramref name="Iccid"/>, <paramref name="Imsi"/> or <paramref name="Msisdn"/>.</summary>
public sealed record AuthorizeRequest(string? Iccid, string? Imei, string? Imsi = null, string? Msisdn = null);

public sealed record AuthorizeResponse(SessionDecision Decision, SessionReasonCode ReasonCode, string Reason);

/// <summary>
/// Decides the network's data sessions (<c>POST /api/network/authorize</c>, FreeRADIUS's question for every session).
/// A service of its own, apart from the feed's <see cref="NetworkService"/>: a call builds only a context factory's
/// context and a clock, not the feed's trigger handlers and their notification services (a tenth of a call's time in
/// dependency injection, bench/README.md 2026-12-02).
/// </summary>
public sealed class SessionAuthorizer(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    // The SIM and its customer's lock policy in one query, compiled once per way the network names a SIM: translating
    // the LINQ on every call was a good part of EF's quarter of a call (bench/README.md, 2026-12-02). Three queries
    // rather than one with three optional keys, so each stays a plain look-up on its own unique index.
    private static readonly Func<PortalDbContext, string, CancellationToken, Task<SessionRead?>> ByIccid =
        EF.CompileAsyncQuery((PortalDbContext db, string iccid, CancellationToken _) =>
            (from s in db.Sims.AsNoTracking().Where(s => s.Iccid == iccid)
             join c in db.Customers on s.CustomerId equals (int?)c.Id into customers
             from c in customers.DefaultIfEmpty()
             select new SessionRead(s, c == null ? null : new StoredPolicy(c.AllowedTacList, c.DefaultLockScope, c.WhenImeiNotProvided)))
            .FirstOrDefault());

    private static readonly Func<PortalDbContext, string, CancellationToken, Task<SessionRead?>> ByImsi =
        EF.CompileAsyncQuery((PortalDbContext db, string imsi, CancellationToken _) =>
            (from s in db.Sims.AsNoTracking().Where(s => s.Imsi == imsi)
             join c in db.Customers on s.CustomerId equals (int?)c.Id into customers
             from c in customers.DefaultIfEmpty()
             select new SessionRead(s, c == null ? null : new StoredPolicy(c.AllowedTacList, c.DefaultLockScope, c.WhenImeiNotProvided)))
            .FirstOrDefault());

    private static readonly Func<PortalDbContext, string, CancellationToken, Task<SessionRead?>> ByMsisdn =
        EF.CompileAsyncQuery((PortalDbContext db, string msisdn, CancellationToken _) =>
            (from s in db.Sims.AsNoTracking().Where(s => s.Msisdn == msisdn)
             join c in db.Customers on s.CustomerId equals (int?)c.Id into customers
             from c in customers.DefaultIfEmpty()
             select new SessionRead(s, c == null ? null : new StoredPolicy(c.AllowedTacList, c.DefaultLockScope, c.WhenImeiNotProvided)))
            .FirstOrDefault());

    private sealed record StoredPolicy(string AllowedTacList, LockScope DefaultLockScope, ImeiNotProvidedPolicy WhenImeiNotProvided);

    private sealed record SessionRead(Sim Sim, StoredPolicy? Policy);

    /// <summary>Decides a data session. Only data is governed; voice and SMS never reach this check.</summary>
    /// <remarks>An unknown SIM is a Reject (200) rather than a 404: the network needs a decision either way.</remarks>
    public async Task<AuthorizeResponse> AuthorizeAsync(AuthorizeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SimKey.TryParse(request.Iccid, request.Imsi, request.Msisdn, out var key, out var field, out var error))
        {
            throw new ValidationFailedException(field, error);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await (key.Kind switch
        {
            SimKeyKind.Imsi => ByImsi,
            SimKeyKind.Msisdn => ByMsisdn,
            _ => ByIccid,
        })(db, key.Value, cancellationToken);
        if (found is null)
        {
            return new AuthorizeResponse(SessionDecision.Reject, SessionReasonCode.UnknownSim, SimKeyLookup.UnknownSim(key));
        }

        var policy = found.Policy is { } stored ? LockPolicy.FromStored(stored.AllowedTacList, stored.DefaultLockScope, stored.WhenImeiNotProvided) : null;
        var session = found.Sim.AuthorizeDataSession(request.Imei, policy, clock.GetUtcNow().UtcDateTime);
        return new AuthorizeResponse(session.Decision, session.ReasonCode, session.Reason);
    }
}
