using System.Collections.Concurrent;
using ImeiPortal.Data;
using ImeiPortal.Data.Changes;

namespace ImeiPortal.Features.DeviceModels;

/// <summary>
/// The device model of each (partner, TAC) the SIM list, the SIM page and the incidents show, remembered between
/// requests: the catalogue changes only by an import, and asking it on every page was one of the SIM list's four
/// queries (bench/README.md, 2026-12-02). An import forgets everything, here at once and on other instances through the
/// change hub; what is not in the catalogue is remembered too, so a fleet of unknown TACs does not ask every time.
/// </summary>
public sealed class DeviceModelNames : IDisposable
{
    // A bound, not a tuning: far more pairs than any fleet's device models, and small (a TAC and a name per entry).
    private const int MaxRemembered = 100_000;

    private readonly ConcurrentDictionary<(int PartnerId, string Tac), DeviceModelDto?> _known = new();
    private readonly IDisposable _subscription;
    private long _generation;

    public DeviceModelNames(IChangeHub hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        _subscription = hub.Subscribe<DeviceModelsChanged>(_ =>
        {
            Forget();
            return Task.CompletedTask;
        });
    }

    /// <summary>The model of each pair: the partner's own entry, else the platform's; pairs without one are left out.</summary>
    public async Task<IReadOnlyDictionary<(int PartnerId, string Tac), DeviceModelDto>> LookupAsync(
        PortalDbContext db, IReadOnlyCollection<(int PartnerId, string Tac)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<(int PartnerId, string Tac), DeviceModelDto>();
        var missing = new List<(int PartnerId, string Tac)>();
        foreach (var key in keys)
        {
            if (!_known.TryGetValue(key, out var known))
            {
                missing.Add(key);
            }
            else if (known is not null)
            {
                found[key] = known;
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        var generation = Interlocked.Read(ref _generation);
        var read = await DeviceModelService.LookupAsync(db, missing, cancellationToken);
        if (_known.Count > MaxRemembered)
        {
            _known.Clear();
        }

        foreach (var key in missing)
        {
            var model = read.GetValueOrDefault(key);
            if (model is not null)
            {
                found[key] = model;
            }

            _known[key] = model;
        }

        // An import that committed while this read ran may have been forgotten before these were remembered: they go too.
        if (Interlocked.Read(ref _generation) != generation)
        {
            foreach (var key in missing)
            {
                _known.TryRemove(key, out _);
            }
        }

        return found;
    }

    /// <summary>Forgets every remembered model: the catalogue changed.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        _known.Clear();
    }

    public void Dispose() => _subscription.Dispose();
}
