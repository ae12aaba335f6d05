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

    /// <summary>
    /// As <see cref="RunAsync(NotificationService, Func{Task})"/>, but per-field refusals go to <paramref name="errors"/>
    /// so the form can show each next to its field; the toast only says that something needs fixing.
    /// </summary>
    public static async Task<bool> RunFormAsync(NotificationService notify, FormErrors errors, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Clear();
        var invalid = false;
        var done = await RunAsync(notify, async () =>
        {
            try
            {
                await action();
            }
            catch (ValidationFailedException e)
            {
                invalid = true;
                errors.Set(e.Errors);
            }
        });
        if (invalid)
        {
            notify.Notify(new NotificationMessage { Severity = NotificationSeverity.Warning, Summary = "Please check the form", Detail = "Some fields need fixing: see the messages next to them.", Duration = 5000 });
        }

        return done && !invalid;
    }
}
