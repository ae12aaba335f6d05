using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data;

/// <summary>
/// The scope's contexts: each from the options the process built once (provider, interceptors, warnings), told the
/// scope's caller so that the journal names who changed what. EF's own scoped factory would rebuild those options for
/// every request and every circuit (a cost each SIM list and each authorize paid, bench/README.md, 2026-12-02 afternoon).
/// </summary>
/// <typeparam name="TContext">The provider's context type: <see cref="PortalDbContext"/> itself, or the derived one carrying its migrations.</typeparam>
internal sealed class ScopedContextFactory<TContext>(DbContextOptions<TContext> options, ICurrentUser caller, Func<DbContextOptions<TContext>, TContext> create)
    : IDbContextFactory<PortalDbContext>
    where TContext : PortalDbContext
{
    public PortalDbContext CreateDbContext()
    {
        var db = create(options);
        db.Caller = caller;
        return db;
    }

    public Task<PortalDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => Task.FromResult(CreateDbContext());
}
