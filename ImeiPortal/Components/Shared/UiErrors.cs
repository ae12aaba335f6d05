using ImeiPortal.Features.Common;
using MudBlazor;

namespace ImeiPortal.Components.Shared;

/// <summary>Shows a service's refusal to the user as a toast instead of breaking the circuit.</summary>
public static class UiErrors
{
    public static async Task<bool> RunAsync(ISnackbar toasts, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(toasts);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action();
            return true;
        }
        catch (Exception e) when (Refusal.Describe(e) is { } message)
        {
            toasts.Say(Severity.Error, "Not done", message, 8000);
            return false;
        }
    }

    /// <summary>
    /// As <see cref="RunAsync(ISnackbar, Func{Task})"/>, but per-field refusals go to <paramref name="errors"/>
    /// so the form can show each next to its field; the toast only says that something needs fixing.
    /// </summary>
    public static async Task<bool> RunFormAsync(ISnackbar toasts, FormErrors errors, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Clear();
        var invalid = false;
        var done = await RunAsync(toasts, async () =>
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
            toasts.Say(Severity.Warning, "Please check the form", "Some fields need fixing: see the messages next to them.");
        }

        return done && !invalid;
    }
}

/// <summary>One way to word a toast: what happened, then (after a dash) what it means, so tests and people read the same text.</summary>
public static class Toasts
{
    public const string Separator = " — ";

    public static void Say(this ISnackbar toasts, Severity severity, string summary, string? detail = null, int milliseconds = 5000)
    {
        ArgumentNullException.ThrowIfNull(toasts);
        toasts.Add(string.IsNullOrEmpty(detail) ? summary : summary + Separator + detail, severity, o =>
        {
            o.VisibleStateDuration = milliseconds;
            o.ShowCloseIcon = true;
        });
    }
}
