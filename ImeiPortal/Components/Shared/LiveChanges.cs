using ImeiPortal.Data.Changes;

namespace ImeiPortal.Components.Shared;

/// <summary>
/// How an open page follows the change hub: it re-reads what it shows when a change it cares about commits, instead of
/// polling. The hub hands one subscriber's changes over one batch at a time, so changes that arrive while the page
/// re-reads come together as the next batch; after each re-read the page rests a moment, so a theft wave of thousands
/// of changes costs a page about one re-read a second, not one per change. While the browser is away the page does not
/// re-read at all: the changes gather, and one re-read follows the browser's return.
/// </summary>
/// <remarks>Scoped, one per circuit: it knows the circuit's browser.</remarks>
public sealed class LiveChanges(IChangeHub hub, BrowserConnection browser)
{
    /// <summary>Long enough to gather a burst, short enough that a change shows within two seconds.</summary>
    public static readonly TimeSpan Rest = TimeSpan.FromMilliseconds(700);

    /// <param name="filter">Runs on the publisher's thread: keep it to a comparison.</param>
    /// <param name="refresh">Re-reads and renders on the page's renderer (InvokeAsync + StateHasChanged).</param>
    public IDisposable Follow<T>(Func<T, bool> filter, Func<Task> refresh)
        where T : PortalChange
    {
        ArgumentNullException.ThrowIfNull(refresh);
        return hub.Subscribe(filter, async _ =>
        {
            if (!await browser.WhenConnectedAsync())
            {
                return;
            }

            await refresh();
            await Task.Delay(Rest);
        });
    }
}
