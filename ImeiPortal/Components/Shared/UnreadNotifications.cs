namespace ImeiPortal.Components.Shared;

/// <summary>
/// Lets a page that marks notifications read tell the navigation badge to recount, within one circuit.
/// </summary>
public sealed class UnreadNotifications
{
    public event Func<Task>? Changed;

    public async Task RefreshAsync()
    {
        if (Changed is { } changed)
        {
            await changed();
        }
    }
}
