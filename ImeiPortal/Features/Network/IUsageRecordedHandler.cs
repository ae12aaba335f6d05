using ImeiPortal.Data;
using ImeiPortal.Domain.Network;

namespace ImeiPortal.Features.Network;

/// <summary>
/// Reacts to usage records once they are saved in the usage batch's transaction (not yet committed): whatever a handler
/// adds to <paramref name="db"/> (notifications) commits with the records, so a threshold fires exactly when the
/// usage that crossed it is stored.
/// </summary>
public interface IUsageRecordedHandler
{
    Task OnRecordedAsync(IBatchContext db, IReadOnlyCollection<UsageRecord> added, CancellationToken cancellationToken);
}
