using ImeiPortal.Data;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Sims;

namespace ImeiPortal.Features.Network;

/// <summary>A data session to decide; the SIM is named by exactly one of <paramref name="Iccid"/>, <paramref name="Imsi"/> or <paramref name="Msisdn"/>.</summary>
public sealed record AuthorizeRequest(string? Iccid, string? Imei, string? Imsi = null, string? Msisdn = null);

public sealed record AuthorizeResponse(SessionDecision Decision, SessionReasonCode ReasonCode, string Reason);

/// <summary>
/// Decides the network's data sessions (<c>POST /api/network/authorize</c>, FreeRADIUS's question for every session).
/// A service of its own, apart from the feed's <see cref="NetworkService"/>: a call builds only the store's session
/// look-up and a clock, not the feed's trigger handlers and their notification services (a tenth of a call's time in
/// dependency injection, bench/README.md 2026-12-02).
/// </summary>
public sealed class SessionAuthorizer(ISessionLookup sessions, TimeProvider clock)
{
    /// <summary>Decides a data session. Only data is governed; voice and SMS never reach this check.</summary>
    /// <remarks>An unknown SIM is a Reject (200) rather than a 404: the network needs a decision either way.</remarks>
    public async Task<AuthorizeResponse> AuthorizeAsync(AuthorizeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SimKey.TryParse(request.Iccid, request.Imsi, request.Msisdn, out var key, out var field, out var error))
        {
            throw new ValidationFailedException(field, error);
        }

        if (await sessions.FindAsync(key, cancellationToken) is not { } found)
        {
            return new AuthorizeResponse(SessionDecision.Reject, SessionReasonCode.UnknownSim, SimKeyLookup.UnknownSim(key));
        }

        var session = found.State.Authorize(request.Imei, found.WhenImeiNotProvided, clock.GetUtcNow().UtcDateTime);
        return new AuthorizeResponse(session.Decision, session.ReasonCode, session.Reason);
    }
}
