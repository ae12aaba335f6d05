using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Security;

/// <summary>
/// Failed sign-ins counted per (account, client address) pair: guesses from one address lock the account for that
/// address only, so nobody can lock someone else out by failing on purpose. Limits are Identity's lockout settings
/// (5 failures, 15 minutes). The counts live in this instance's memory: with several instances each counts on its own
/// and a restart forgets them; running more than one instance means moving them to a shared store.
/// </summary>
public sealed class SignInLockout(IMemoryCache cache, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    private sealed class Failures
    {
        public int Count;
        public DateTimeOffset LockedUntil;
    }

    private LockoutOptions Limits => identity.Value.Lockout;

    public bool IsLockedOut(string userId, string address) =>
        cache.TryGetValue(Key(userId, address), out Failures? failures) && failures!.LockedUntil > clock.GetUtcNow();

    /// <summary>Counts a failure; true when it is the one that locks the pair, the moment to tell the user.</summary>
    public bool RecordFailure(string userId, string address)
    {
        var key = Key(userId, address);
        var failures = cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Limits.DefaultLockoutTimeSpan;
            return new Failures();
        })!;
        lock (failures)
        {
            var now = clock.GetUtcNow();
            if (failures.LockedUntil > now || ++failures.Count < Limits.MaxFailedAccessAttempts)
            {
                return false;
            }

            failures.Count = 0;
            failures.LockedUntil = now + Limits.DefaultLockoutTimeSpan;
            cache.Set(key, failures, Limits.DefaultLockoutTimeSpan);
            return true;
        }
    }

    public void Reset(string userId, string address) => cache.Remove(Key(userId, address));

    private static (string, string, string) Key(string userId, string address) => ("sign-in-failures", userId, address);
}

/// <summary>Tells a user that their account was locked for one address (implemented by the notifications area).</summary>
public interface ISignInAlerts
{
    Task AddressLockedOutAsync(PortalUser user, string address, TimeSpan lockedFor, CancellationToken cancellationToken = default);
}
