using ImeiPortal.Features.Common;
using Radzen;

namespace ImeiPortal.Components.Shared;

/// <summary>Shows a service's refusal to the user as a notification instead of breaking the circuit.</summary>
public static class UiErrors
{
    public static async Task<bool> RunAsync(NotificationService notify, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(notify);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action();
            return true;
        }
        catch (Exception e) when (Refusal.Describe(e) is { } message)
        {
            notify.Notify(new NotificationMessage { Severity = NotificationSeverity.Error, Summary = "Not done", Detail = message, Duration = 8000 });
            return false;
        }
    }
}
