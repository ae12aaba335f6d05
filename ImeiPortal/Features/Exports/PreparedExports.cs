using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ImeiPortal.Features.Exports;

/// <summary>
/// Exports a page prepared in the background (so it can show progress) and hands to the browser once,
/// by an unguessable token bound to the user who made it. Files older than an hour are swept.
/// </summary>
public sealed class PreparedExports(IWebHostEnvironment environment, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, Prepared> _files = new(StringComparer.Ordinal);

    public sealed record Prepared(string Path, string FileName, string ContentType, string UserId, DateTime CreatedAt);

    public string Folder
    {
        get
        {
            var folder = System.IO.Path.Combine(environment.ContentRootPath, "data", "exports");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public (string Token, string Path) Reserve(string extension)
    {
        Sweep();
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        return (token, System.IO.Path.Combine(Folder, token + "." + extension));
    }

    public void Publish(string token, Prepared prepared) => _files[token] = prepared;

    /// <summary>Takes the file once; null when unknown, expired or someone else's.</summary>
    public Prepared? Take(string token, string? userId)
    {
        if (_files.TryGetValue(token, out var prepared) && prepared.UserId == userId && _files.TryRemove(token, out _))
        {
            return prepared;
        }

        return null;
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (token, prepared) in _files)
        {
            if (now - prepared.CreatedAt > Lifetime && _files.TryRemove(token, out _))
            {
                File.Delete(prepared.Path);
            }
        }
    }
}
