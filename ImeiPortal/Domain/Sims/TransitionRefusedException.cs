namespace ImeiPortal.Domain.Sims;

/// <summary>An illegal IMEI status or SIM status change was asked for.</summary>
public sealed class TransitionRefusedException : Exception
{
    public const string ImeiStatusSubject = "IMEI status";
    public const string SimStatusSubject = "SIM status";

    public TransitionRefusedException(string subject, string from, string to, IReadOnlyList<string> allowed, string? detail = null)
        : base(BuildMessage(subject, from, to, allowed, detail))
    {
        Subject = subject;
        From = from;
        To = to;
        Allowed = allowed;
    }

    /// <summary><see cref="ImeiStatusSubject"/> or <see cref="SimStatusSubject"/>.</summary>
    public string Subject { get; }

    public string From { get; }

    public string To { get; }

    /// <summary>What is permitted from <see cref="From"/>: IMEI statuses for the IMEI status, order types (<see cref="Orders.OrderType"/>) for the SIM status.</summary>
    public IReadOnlyList<string> Allowed { get; }

    private static string BuildMessage(string subject, string from, string to, IReadOnlyList<string> allowed, string? detail)
    {
        var because = detail is null ? string.Empty : $" ({detail})";
        var options = allowed.Count == 0 ? "none" : string.Join(", ", allowed);
        return $"{subject} cannot change from {from} to {to}{because}. Allowed: {options}.";
    }
}
