using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Data.Changes;
using ImeiPortal.Data.Configurations;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Orders;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Sims;

/// <summary>
/// Which SIMs a bulk change takes: the ICCIDs a user ticked or pasted, or every SIM the list's filters match
/// (<see cref="Filter"/>'s page and sort are ignored).
/// </summary>
public sealed record BulkSelection(IReadOnlyList<string>? Iccids = null, SimQuery? Filter = null)
{
    /// <summary>A pasted list: ICCIDs separated by lines, spaces, commas or semicolons; blanks and repeats are dropped.</summary>
    public static BulkSelection Pasted(string text) =>
        new(text.Split(['\n', '\r', ' ', '\t', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList());
}

/// <summary>The change to make: the action and what it needs (a customer, an IMEI status, an unbar option).</summary>
public sealed record BulkCommand(BulkAction Action, int? CustomerId = null, ImeiStatus? ImeiStatus = null, UnbarOption? UnbarOption = null);

/// <summary>Refused SIMs of a preview or a job, grouped by reason, with one ICCID to look at.</summary>
public sealed record BulkReasonCount(string Reason, int Sims, string ExampleIccid);

/// <summary>What confirming would do: how many SIMs change, and why the others would not.</summary>
public sealed record BulkPreview(int Total, int Changing, IReadOnlyList<BulkReasonCount> Refused)
{
    public int RefusedCount => Total - Changing;
}

public sealed record BulkJobDto(
    long Id, BulkAction Action, string Description, BulkJobState State, int Total, int Done, int Refused,
    DateTime CreatedAt, DateTime? FinishedAt, string? FailureReason)
{
    public int Processed => Done + Refused;

    public bool IsFinished => State is BulkJobState.Completed or BulkJobState.Cancelled or BulkJobState.Failed;
}

public sealed record BulkRefusalDto(string Iccid, string Reason);

/// <summary>
/// Bulk changes over whole selections, as durable jobs: preview (what would change and why the rest would not),
/// start (the selection is fixed as job items), then <see cref="BulkJobWorker"/> applies them chunk by chunk through
/// <see cref="SimBulkService"/>, under the user's own roles and tenancy. A job belongs to the user who confirmed it:
/// only they see, follow and cancel it.
/// </summary>
public sealed class BulkJobService(
    IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, SimBulkService bulk, IChangeHub hub, TimeProvider clock)
{
    /// <summary>The most SIMs one job takes: a whole partner's theft wave, yet a preview that answers in seconds.</summary>
    public const int MaxSims = 100_000;

    /// <summary>How many of a user's jobs the SIM list shows (the newest).</summary>
    public const int Recent = 5;

    private const int InsertChunk = 2_000;

    public async Task<BulkPreview> PreviewAsync(BulkSelection selection, BulkCommand command, CancellationToken cancellationToken = default)
    {
        Validate(command);
        var chosen = await ResolveAsync(selection, cancellationToken);
        var changing = 0;
        var refused = new Dictionary<string, (int Sims, string Example)>(StringComparer.Ordinal);
        foreach (var chunk in chosen.Chunk(SimBulkService.MaxSims))
        {
            foreach (var item in await bulk.PreviewAsync(Request([.. chunk.Select(c => c.Iccid)], command), cancellationToken))
            {
                if (item.Allowed)
                {
                    changing++;
                }
                else
                {
                    var reason = item.Reason ?? "Refused";
                    refused[reason] = refused.TryGetValue(reason, out var seen) ? (seen.Sims + 1, seen.Example) : (1, item.Iccid);
                }
            }
        }

        return new BulkPreview(chosen.Count, changing,
            [.. refused.OrderByDescending(r => r.Value.Sims).Select(r => new BulkReasonCount(r.Key, r.Value.Sims, r.Value.Example))]);
    }

    /// <summary>Confirms the change: fixes the selection as the job's items and wakes the worker.</summary>
    public async Task<BulkJobDto> StartAsync(BulkSelection selection, BulkCommand command, CancellationToken cancellationToken = default)
    {
        Validate(command);
        user.Require(SimBulkService.RequiredPermission(command.Action));
        var chosen = await ResolveAsync(selection, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var job = new BulkJob(user.UserId!, user.Email ?? "", command.Action, Describe(command, chosen.Count), now,
            command.CustomerId, command.ImeiStatus, command.UnbarOption);
        job.Select(chosen.Count, chosen.Count(c => c.SimId is null));

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // One transaction: the worker never sees a job whose items are still being written.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.BulkJobs.Add(job);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var chunk in chosen.Chunk(InsertChunk))
            {
                db.BulkJobItems.AddRange(chunk.Select(c => new BulkJobItem(job.Id, c.SimId, c.Iccid, c.SimId is null ? SimBulkService.NotFound : null)));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
        }

        hub.Publish([new BulkJobChanged(job.Id, job.CreatedBy)]);
        return ToDto(job);
    }

    /// <summary>The user's newest jobs, running ones first.</summary>
    public async Task<IReadOnlyList<BulkJobDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var jobs = await Own(db).OrderByDescending(j => j.Id).Take(Recent).ToListAsync(cancellationToken);
        return [.. jobs.OrderBy(j => j.IsFinished).ThenByDescending(j => j.Id).Select(ToDto)];
    }

    public async Task<BulkJobDto> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return ToDto(await FindAsync(db, id, cancellationToken));
    }

    /// <summary>The refused SIMs of a job with their reasons, in selection order (at most <paramref name="max"/>).</summary>
    public async Task<IReadOnlyList<BulkRefusalDto>> RefusalsAsync(long id, int max = 1_000, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await FindAsync(db, id, cancellationToken);
        return await db.BulkJobItems.AsNoTracking()
            .Where(i => i.JobId == job.Id && i.Outcome == BulkItemOutcome.Refused)
            .OrderBy(i => i.Id).Take(Math.Clamp(max, 1, 10_000))
            .Select(i => new BulkRefusalDto(i.Iccid, i.Reason ?? "")).ToListAsync(cancellationToken);
    }

    /// <summary>Stops a job after the SIM it is on; what was done stays done. A finished job is left as it is.</summary>
    public async Task<BulkJobDto> CancelAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await FindAsync(db, id, cancellationToken);
        job.RequestCancel(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        hub.Publish([new BulkJobChanged(job.Id, job.CreatedBy)]);
        return ToDto(job);
    }

    /// <summary>How the page and the journal of jobs name a change ("Suspend 12,000 SIMs").</summary>
    public static string Describe(BulkCommand command, int sims)
    {
        ArgumentNullException.ThrowIfNull(command);
        var what = command.Action switch
        {
            BulkAction.AssignCustomer => command.CustomerId is null ? "Unassign the customer of" : "Assign a customer to",
            BulkAction.ImeiStatus => $"Set IMEI status {command.ImeiStatus} on",
            BulkAction.Unbar => $"Unbar ({UnbarOptionText.Of(command.UnbarOption ?? UnbarOption.KeepLock)})",
            _ => command.Action.ToString(),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{what} {sims:N0} SIM{(sims == 1 ? "" : "s")}");
    }

    private IQueryable<BulkJob> Own(PortalDbContext db)
    {
        var me = user.UserId;
        return me is null ? db.BulkJobs.Where(_ => false) : db.BulkJobs.Where(j => j.CreatedBy == me);
    }

    private async Task<BulkJob> FindAsync(PortalDbContext db, long id, CancellationToken cancellationToken) =>
        await Own(db).FirstOrDefaultAsync(j => j.Id == id, cancellationToken)
        ?? throw new NotFoundException("Bulk job", id);

    /// <summary>The chosen SIMs as (id, ICCID), in id order for a filter and as given for a list; unknown ICCIDs have no id.</summary>
    private async Task<IReadOnlyList<(long? SimId, string Iccid)>> ResolveAsync(BulkSelection selection, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        if ((selection.Iccids is null) == (selection.Filter is null))
        {
            validation.Add("selection", "Choose SIMs either by ICCIDs or by the list's filters.");
        }
        else if (selection.Iccids is { Count: 0 })
        {
            validation.Add("iccids", "Select or paste at least one ICCID.");
        }
        else if (selection.Iccids is { Count: > MaxSims })
        {
            validation.Add("iccids", $"At most {MaxSims:N0} SIMs in one bulk change.");
        }

        validation.ThrowIfInvalid();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (selection.Filter is { } filter)
        {
            var matching = await filter.Filter(db.Sims.AsNoTracking().VisibleTo(user), db.Customers.AsNoTracking())
                .OrderBy(s => s.Id).Select(s => new { s.Id, s.Iccid }).Take(MaxSims + 1).ToListAsync(cancellationToken);
            if (matching.Count > MaxSims)
            {
                throw new ValidationFailedException("selection", $"These filters match more than {MaxSims:N0} SIMs: narrow them to at most {MaxSims:N0} for one bulk change.");
            }

            if (matching.Count == 0)
            {
                throw new ValidationFailedException("selection", "No SIM matches these filters.");
            }

            return [.. matching.Select(s => ((long?)s.Id, s.Iccid))];
        }

        var known = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in selection.Iccids!.Chunk(SimBulkService.MaxSims))
        {
            foreach (var sim in await db.Sims.AsNoTracking().VisibleTo(user).Where(s => chunk.Contains(s.Iccid))
                         .Select(s => new { s.Id, s.Iccid }).ToListAsync(cancellationToken))
            {
                known[sim.Iccid] = sim.Id;
            }
        }

        return [.. selection.Iccids!.Distinct(StringComparer.Ordinal).Select(iccid => known.TryGetValue(iccid, out var id)
            ? ((long?)id, iccid)
            : (null, iccid.Length <= BulkJobItemConfiguration.IccidMaxLength ? iccid : iccid[..BulkJobItemConfiguration.IccidMaxLength]))];
    }

    private static void Validate(BulkCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Enum.IsDefined(command.Action))
        {
            throw new ValidationFailedException("action", $"Unknown action {command.Action}.");
        }

        if (command.Action == BulkAction.ImeiStatus && command.ImeiStatus is null)
        {
            throw new ValidationFailedException("imeiStatus", "Choose the IMEI status to set.");
        }
    }

    internal static BulkRequest Request(IReadOnlyList<string> iccids, BulkCommand command) =>
        new(iccids, command.Action, command.CustomerId, command.ImeiStatus, command.UnbarOption);

    internal static BulkJobDto ToDto(BulkJob job) => new(
        job.Id, job.Action, job.Description, job.State, job.Total, job.Done, job.Refused, job.CreatedAt, job.FinishedAt, job.FailureReason);
}
