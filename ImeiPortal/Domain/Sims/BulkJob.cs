namespace ImeiPortal.Domain.Sims;

/// <summary>One change applied to many SIMs at once.</summary>
public enum BulkAction
{
    AssignCustomer = 0,
    ImeiStatus = 1,
    Suspend = 2,
    Resume = 3,
    Activate = 4,
    Bar = 5,
    Unbar = 6,
    Deactivate = 7,
}

public enum BulkJobState
{
    /// <summary>Confirmed; no instance works on it yet.</summary>
    Queued = 0,
    Running = 1,
    Completed = 2,

    /// <summary>Stopped by its user; what was done stays done, the rest is not touched.</summary>
    Cancelled = 3,

    /// <summary>Could not go on: its user was deactivated or removed, so nobody may act in their name.</summary>
    Failed = 4,
}

public enum BulkItemOutcome
{
    Pending = 0,
    Done = 1,
    Refused = 2,
}

/// <summary>
/// A bulk change over a selection too large to apply while the user waits (a whole filtered list, a pasted list of
/// ICCIDs). The SIMs are fixed when the user confirms (<see cref="BulkJobItem"/>s), so the job changes exactly the SIMs the
/// preview counted, whatever the filter matches later. Rows, not memory: a restart, or another instance once the lease
/// runs out, carries on with the items still pending.
/// </summary>
public sealed class BulkJob
{
    public const int DescriptionMaxLength = 200;

    private BulkJob() => (CreatedBy, CreatedByEmail, Description) = ("", "", "");

    public BulkJob(string createdBy, string createdByEmail, BulkAction action, string description, DateTime createdAt,
        int? customerId = null, ImeiStatus? imeiStatus = null, UnbarOption? unbarOption = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(createdBy);
        CreatedBy = createdBy;
        CreatedByEmail = createdByEmail;
        Action = action;
        Description = description.Length <= DescriptionMaxLength ? description : description[..DescriptionMaxLength];
        CreatedAt = createdAt;
        CustomerId = customerId;
        ImeiStatus = imeiStatus;
        UnbarOption = unbarOption;
    }

    public long Id { get; private set; }

    /// <summary>The user the job acts for: each SIM is changed with that user's roles and tenancy at the time.</summary>
    public string CreatedBy { get; private set; }

    public string CreatedByEmail { get; private set; }

    public BulkAction Action { get; private set; }

    /// <summary>What the user confirmed, in words ("Suspend 12,000 SIMs of filter status Active").</summary>
    public string Description { get; private set; }

    /// <summary>The customer to assign (<see cref="BulkAction.AssignCustomer"/>; null unassigns).</summary>
    public int? CustomerId { get; private set; }

    public ImeiStatus? ImeiStatus { get; private set; }

    public UnbarOption? UnbarOption { get; private set; }

    public BulkJobState State { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public int Total { get; private set; }

    public int Done { get; private set; }

    public int Refused { get; private set; }

    public bool CancelRequested { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseUntil { get; private set; }

    public bool IsFinished => State is BulkJobState.Completed or BulkJobState.Cancelled or BulkJobState.Failed;

    public string? FailureReason { get; private set; }

    /// <summary>
    /// Sets how many SIMs the confirmed selection holds (its items, written with the job), of which
    /// <paramref name="refusedAlready"/> are refused from the start (pasted ICCIDs of no SIM the user sees).
    /// </summary>
    public void Select(int total, int refusedAlready = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(refusedAlready, total);
        Total = total;
        Refused = refusedAlready;
    }

    /// <summary>This instance works on the job until <paramref name="until"/>; another takes over only after that.</summary>
    public void Lease(string owner, DateTime until) => (LeaseOwner, LeaseUntil) = (owner, until);

    /// <summary>Counts a chunk's outcomes and starts the job if this was its first.</summary>
    public void Record(int done, int refused)
    {
        State = BulkJobState.Running;
        Done += done;
        Refused += refused;
    }

    /// <summary>Asks the worker to stop after the SIM it is on; a job nobody works on yet stops at once.</summary>
    public void RequestCancel(DateTime now)
    {
        if (IsFinished)
        {
            return;
        }

        CancelRequested = true;
        if (State == BulkJobState.Queued)
        {
            Finish(BulkJobState.Cancelled, now);
        }
    }

    /// <summary>Ends a job that cannot go on; its pending SIMs stay untouched.</summary>
    public void Fail(string reason, DateTime now)
    {
        FailureReason = reason;
        Finish(BulkJobState.Failed, now);
    }

    public void Finish(BulkJobState state, DateTime now)
    {
        if (state is not (BulkJobState.Completed or BulkJobState.Cancelled or BulkJobState.Failed))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "A job finishes completed, cancelled or failed.");
        }

        State = state;
        FinishedAt = now;
        LeaseOwner = null;
        LeaseUntil = null;
    }
}

/// <summary>One SIM of a <see cref="BulkJob"/>: pending until the worker applies it, then done or refused with the reason.</summary>
public sealed class BulkJobItem
{
    public const int ReasonMaxLength = 500;

    private BulkJobItem() => Iccid = "";

    public BulkJobItem(long jobId, long? simId, string iccid, string? refusedBecause = null)
    {
        JobId = jobId;
        SimId = simId;
        Iccid = iccid;
        if (refusedBecause is not null)
        {
            Refuse(refusedBecause);
        }
    }

    public long Id { get; private set; }

    public long JobId { get; private set; }

    /// <summary>Null for a pasted ICCID that names no SIM the user may see (refused from the start).</summary>
    public long? SimId { get; private set; }

    public string Iccid { get; private set; }

    public BulkItemOutcome Outcome { get; private set; }

    public string? Reason { get; private set; }

    public void Complete() => (Outcome, Reason) = (BulkItemOutcome.Done, null);

    public void Refuse(string reason) =>
        (Outcome, Reason) = (BulkItemOutcome.Refused, reason.Length <= ReasonMaxLength ? reason : reason[..ReasonMaxLength]);
}
