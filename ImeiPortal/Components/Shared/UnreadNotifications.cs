using ImeiPortal.Data.Changes;
using ImeiPortal.Security;

namespace ImeiPortal.Components.Shared;

/// <summary>
/// Tells the navigation badge to recount, within one circuit: when a page marks notifications read, and when a
/// notification for the signed-in user is committed (from the change hub, so no page polls for it).
/// </summary>
public sealed class UnreadNotifications(IChangeHub changes, ICurrentUser user) : IDisposable
{
    private IDisposable? _subscription;

    public event Func<Task>? Changed;

    /// <summary>Starts listening for the user's new notifications; once per circuit, ended with it.</summary>
    public void Listen()
    {
        if (_subscription is not null || user.UserId is not { } userId)
        {
            return;
        }

        _subscription = changes.Subscribe<NotificationCreated>(n => n.PortalRecipients.Contains(userId, StringComparer.Ordinal), _ => RefreshAsync());
    }

    public async Task RefreshAsync()
    {
        // The badge and an open notification list both listen: a multicast Func<Task> would await only the last.
        foreach (var listener in Changed?.GetInvocationList().Cast<Func<Task>>() ?? [])
        {
            await listener();
        }
    }

    public void Dispose() => _subscription?.Dispose();
}
