using System.ComponentModel.DataAnnotations;
using ImeiPortal.Data;
using ImeiPortal.Data.Changes;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Features.Sims;

/// <summary>How bulk jobs run (<c>BulkJobs:*</c>).</summary>
public sealed class BulkJobOptions
{
    public const string Section = "BulkJobs";

    /// <summary>How often the worker looks for jobs nobody works on when nothing woke it (another instance's, or one whose instance died).</summary>
    [Range(0.05, 3_600.0)]
    public double PollSeconds { get; set; } = 30;

    /// <summary>How long an instance holds a job between chunks; another instance takes over a job whose lease ran out.</summary>
    [Range(1.0, 3_600.0)]
    public double LeaseSeconds { get; set; } = 60;

    /// <summary>SIMs applied between two progress saves: a restart repeats at most this many.</summary>
    [Range(1, SimBulkService.MaxSims)]
    public int ChunkSize { get; set; } = 50;

    /// <summary>Off only in tests that drive jobs themselves (e.g. to prove a restart resumes one).</summary>
    public bool WorkerEnabled { get; set; } = true;
}

/// <summary>
/// Applies confirmed bulk jobs, chunk by chunk, as the user who confirmed them: that user's roles and tenancy at the
/// time of each chunk decide, so a role taken away stops the rest and a deactivated user's job fails.
/// </summary>
/// <remarks>
/// One instance works on a job at a time (a lease, renewed before each chunk, taken with one conditional UPDATE that
/// works alike on SQLite and PostgreSQL). Progress is saved with each chunk's outcomes, so a restart or a takeover
/// repeats at most one chunk; a repeated SIM never gets a second order, since the order service refuses a duplicate
/// pending order and the transition already made: it shows as refused with that reason.
/// </remarks>
public sealed partial class BulkJobWorker(
    IServiceScopeFactory scopes, IOptions<BulkJobOptions> options, PortalInstance instance, IChangeHub changes, TimeProvider clock,
    ILogger<BulkJobWorker> logger)
    : SignalledWorker<BulkJobChanged>(changes)
{
    private readonly IChangeHub _changes = changes;

    public const string Deactivated = "The user who confirmed this job was deactivated or removed; the SIMs not yet changed were left as they are.";

    private readonly SemaphoreSlim _gate = new(1, 1);

    protected override bool Enabled => options.Value.WorkerEnabled;

    protected override TimeProvider Clock => clock;

    protected override TimeSpan PollInterval => TimeSpan.FromSeconds(options.Value.PollSeconds);

    protected override async Task<TimeSpan?> RunRoundAsync(CancellationToken cancellationToken) =>
        await RunJobsAsync(cancellationToken) > 0 ? TimeSpan.Zero : null;

    protected override void LogFailedRound(Exception exception) => LogRoundFailed(exception);

    /// <summary>Works on every job nobody else holds until each is finished; returns how many it worked on.</summary>
    public async Task<int> RunJobsAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var worked = 0;
            while (await ClaimNextAsync(cancellationToken) is { } jobId)
            {
                await RunAsync(jobId, cancellationToken);
                worked++;
            }

            return worked;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<long?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var me = instance.Id;
        var candidates = await Unfinished(db, now, me).OrderBy(j => j.Id).Select(j => j.Id).Take(5).ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            if (await TryLeaseAsync(db, id, now, cancellationToken))
            {
                return id;
            }
        }

        return null;
    }

    private static IQueryable<BulkJob> Unfinished(PortalDbContext db, DateTime now, string me) =>
        db.BulkJobs.Where(j => (j.State == BulkJobState.Queued || j.State == BulkJobState.Running)
                               && (j.LeaseOwner == null || j.LeaseOwner == me || j.LeaseUntil < now));

    /// <summary>Takes or renews the job's lease; false when another instance holds it (or it finished meanwhile).</summary>
    private async Task<bool> TryLeaseAsync(PortalDbContext db, long jobId, DateTime now, CancellationToken cancellationToken)
    {
        var me = instance.Id;
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        return await Unfinished(db, now, me).Where(j => j.Id == jobId)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseOwner, me).SetProperty(j => j.LeaseUntil, until), cancellationToken) == 1;
    }

    private async Task RunAsync(long jobId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var dbFactory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        string createdBy;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            createdBy = await db.BulkJobs.Where(j => j.Id == jobId).Select(j => j.CreatedBy).FirstAsync(cancellationToken);
            var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == createdBy, cancellationToken);
            if (account is not { IsActive: true })
            {
                await FinishAsync(dbFactory, jobId, job => job.Fail(Deactivated, clock.GetUtcNow().UtcDateTime), cancellationToken);
                return;
            }

            // The job acts with the user's current roles and tenancy, read as a sign-in would read them.
            var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(account);
            services.GetRequiredService<CurrentUser>().Set(principal);
        }

        var bulk = services.GetRequiredService<SimBulkService>();
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            if (!await TryLeaseAsync(db, jobId, now, cancellationToken))
            {
                // Another instance took it over (this one was too slow for its lease), or it was cancelled before it began.
                return;
            }

            var job = await db.BulkJobs.FirstAsync(j => j.Id == jobId, cancellationToken);
            if (job.CancelRequested)
            {
                job.Finish(BulkJobState.Cancelled, now);
                await SaveAsync(db, job, cancellationToken);
                return;
            }

            var items = await db.BulkJobItems.Where(i => i.JobId == jobId && i.Outcome == BulkItemOutcome.Pending)
                .OrderBy(i => i.Id).Take(options.Value.ChunkSize).ToListAsync(cancellationToken);
            if (items.Count == 0)
            {
                job.Finish(BulkJobState.Completed, now);
                await SaveAsync(db, job, cancellationToken);
                LogFinished(job.Id, job.Description, job.Done, job.Refused);
                return;
            }

            var command = new BulkCommand(job.Action, job.CustomerId, job.ImeiStatus, job.UnbarOption);
            var result = await bulk.ApplyAsync(BulkJobService.Request([.. items.Select(i => i.Iccid)], command), cancellationToken);
            var refused = result.Refused.ToDictionary(r => r.Iccid, r => r.Reason ?? "Refused", StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (refused.TryGetValue(item.Iccid, out var reason))
                {
                    item.Refuse(reason);
                }
                else
                {
                    item.Complete();
                }
            }

            job.Record(items.Count - refused.Count, refused.Count);
            await SaveAsync(db, job, cancellationToken);
        }
    }

    private async Task FinishAsync(IDbContextFactory<PortalDbContext> dbFactory, long jobId, Action<BulkJob> finish, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.BulkJobs.FirstAsync(j => j.Id == jobId, cancellationToken);
        finish(job);
        await SaveAsync(db, job, cancellationToken);
        LogFailed(job.Id, job.FailureReason ?? "");
    }

    private async Task SaveAsync(PortalDbContext db, BulkJob job, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        _changes.Publish([new BulkJobChanged(job.Id, job.CreatedBy)]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulk job {JobId} ({Description}) finished: {Done} done, {Refused} refused")]
    private partial void LogFinished(long jobId, string description, int done, int refused);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bulk job {JobId} failed: {Reason}")]
    private partial void LogFailed(long jobId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Running bulk jobs failed; retrying at the next round")]
    private partial void LogRoundFailed(Exception exception);

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }
}
