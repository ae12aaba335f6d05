namespace ImeiPortal.Domain.Sims;

/// <summary>Answer to a data-session authorisation request (RADIUS-like).</summary>
public enum SessionDecision
{
    Accept = 0,
    Reject = 1,
}
