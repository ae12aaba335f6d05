namespace ImeiPortal.Features.Network;

/// <summary>
/// Detection batches take turns to write, in process. Waiting here starts the next batch the moment the previous
/// one commits (a database lock wait polls), and what each batch wrote is remembered for a while, so a batch that
/// read its SIMs before its turn re-reads only those another batch changed meanwhile. Writers outside the feed
/// (orders, bulk changes, another process) are not seen here: the version check at write time catches them.
/// </summary>
public sealed class FeedWriteGate : IDisposable
{
    // Batches remembered: far more than can commit while one batch reads its SIMs.
    private const int Remembered = 32;

    private readonly SemaphoreSlim _turn = new(1, 1);
    // One batch reads ahead while another writes: a read takes less time than a write, so one keeps the writer busy,
    // and more only took CPU from it (2 cores, 4 clients: 20,000 instead of 17,000 detections/s, bench/README.md).
    private readonly SemaphoreSlim _read = new(1, 1);
    private readonly Lock _lock = new();
    private readonly Queue<(long Commit, IReadOnlySet<long> SimIds)> _recent = new();
    private long _commits;

    /// <summary>A point to ask <see cref="ChangedSince"/> about; take it before reading.</summary>
    public long Mark()
    {
        lock (_lock)
        {
            return _commits;
        }
    }

    public Task WaitTurnAsync(CancellationToken cancellationToken) => _turn.WaitAsync(cancellationToken);

    /// <summary>Waits until no other batch is reading ahead; call <see cref="EndReadTurn"/> after the read.</summary>
    public Task WaitReadTurnAsync(CancellationToken cancellationToken) => _read.WaitAsync(cancellationToken);

    public void EndReadTurn() => _read.Release();

    public void EndTurn() => _turn.Release();

    /// <summary>Remembers the SIMs a batch changed; call after its commit.</summary>
    public void Committed(IReadOnlySet<long> simIds)
    {
        lock (_lock)
        {
            _commits++;
            _recent.Enqueue((_commits, simIds));
            if (_recent.Count > Remembered)
            {
                _recent.Dequeue();
            }
        }
    }

    /// <summary>SIMs feed batches changed after <paramref name="mark"/>; null when that is too long ago to know.</summary>
    public HashSet<long>? ChangedSince(long mark)
    {
        lock (_lock)
        {
            if (_recent.Count > 0 && _recent.Peek().Commit > mark + 1)
            {
                return null;
            }

            var changed = new HashSet<long>();
            foreach (var (commit, simIds) in _recent)
            {
                if (commit > mark)
                {
                    changed.UnionWith(simIds);
                }
            }

            return changed;
        }
    }

    public void Dispose()
    {
        _turn.Dispose();
        _read.Dispose();
    }
}
