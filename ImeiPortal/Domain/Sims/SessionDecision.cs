namespace ImeiPortal.Domain.Sims;

/// <summary>Answer to a data-session authorisation request (RADIUS-like).</summary>
public enum SessionDecision
{
    Accept = 0,
    Reject = 1,
}

/// <summary>Why a data session was accepted or rejected, for machines (a RADIUS policy); the text reason is for people.</summary>
public enum SessionReasonCode
{
    Accepted = 0,
    ImeiMismatch = 1,
    ImeiNotProvided = 2,
    SimNotActive = 3,
    SimSuspended = 4,
    SimBarred = 5,
    SimDeactivated = 6,
    UnknownSim = 7,
}

/// <summary>The decision on a data session, its code and its reason in words.</summary>
public sealed record SessionAuthorization(SessionDecision Decision, SessionReasonCode ReasonCode, string Reason);
