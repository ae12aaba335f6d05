using ImeiPortal.Data;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.DeviceModels;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Sims;

public sealed record CreateSimRequest(string? Iccid, string? Imsi, string? Msisdn, string? Network, int? PartnerId, int? CustomerId);

public sealed record BulkCreateResult(int Created, IReadOnlyList<RejectedItem> Rejected);

/// <param name="ServiceId">Optional customer service (product) whose default IMEI status applies at activation.</param>
public sealed record AssignCustomerRequest(int? CustomerId, int? ServiceId = null);

/// <summary>PUT /api/sims/{iccid}/lock: a field left out stays as it is.</summary>
public sealed record ChangeLockRequest(IReadOnlyList<string>? AllowedImeis, LockScope? LockScope);

/// <summary>The CAMARA Device Swap shape: whether the SIM changed device within the window, and when it last did.</summary>
public sealed record DeviceSwapDto(bool Swapped, DateTime? LatestSwapAt);

public sealed record DetectionDto(string? DetectionId, string? Imei, DateTime ObservedAt, DateTime ReceivedAt, DetectionResult Result);

public sealed record ImeiStatusChangeDto(DateTime At, ImeiStatus? From, ImeiStatus To);

/// <summary>What the SIM page shows: the SIM, what the network saw lately and how its IMEI status moved.</summary>
public sealed record DailyUsageDto(DateTime Day, double Megabytes);

/// <summary>
/// Everything the SIM page shows. The allowed lists come from the domain, so the page offers exactly the
/// orders and IMEI status changes the service would accept now.
/// </summary>
public sealed record SimDetailsDto(
    long SimId,
    SimDto Sim,
    IReadOnlyList<DetectionDto> RecentDetections,
    IReadOnlyList<ImeiStatusChangeDto> ImeiStatusHistory,
    IReadOnlyList<ImeiStatus> AllowedImeiTargets,
    IReadOnlyList<OrderType> AllowedOrders,
    bool BarredByImeiLock,
    string? CustomerName,
    IReadOnlyList<DailyUsageDto> DailyUsage)
{
    /// <summary>Why the last IMEI lock trigger scored <see cref="SimDto.RiskScore"/>, in words.</summary>
    public IReadOnlyList<string> RiskReasons { get; init; } = [];
}

public sealed class SimService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, TimeProvider clock, DeviceModelNames models, IListCounts counts)
{
    public const int RecentRows = 50;

    /// <summary>
    /// The refusal of an ICCID that is already registered, in any tenant. ICCIDs are unique across the platform, so the
    /// create must fail, but the answer is a plain field error, the same whoever holds the SIM: it never says that
    /// another partner has it.
    /// </summary>
    public const string IccidUnavailable = "This ICCID cannot be registered.";

    /// <summary>The network finds a SIM by IMSI or MSISDN, so each is unique too, and refused like an ICCID: not saying who has it.</summary>
    public const string ImsiUnavailable = "This IMSI cannot be registered.";

    public const string MsisdnUnavailable = "This MSISDN cannot be registered.";

    public async Task<SimDto> CreateAsync(CreateSimRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var partnerId = request.PartnerId ?? user.PartnerId;
        var validation = new Validation();
        ValidateFields(request, partnerId, validation);
        validation.ThrowIfInvalid();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Partners.VisibleTo(user).AnyAsync(p => p.Id == partnerId, cancellationToken))
        {
            throw new NotFoundException("Partner", partnerId);
        }

        user.Require(Permission.ManageSims);
        if (request.CustomerId is { } customerId
            && !await db.Customers.VisibleTo(user).AnyAsync(c => c.Id == customerId && c.PartnerId == partnerId, cancellationToken))
        {
            throw new ValidationFailedException("customerId", $"Customer {customerId} is not a customer of partner {partnerId}.");
        }

        var iccid = Iccid.Parse(request.Iccid!).Value;
        if (await db.Sims.AnyAsync(s => s.Iccid == iccid, cancellationToken))
        {
            throw new ValidationFailedException("iccid", IccidUnavailable);
        }

        var sim = NewSim(request, partnerId!.Value);
        var taken = await TakenNumbersAsync(db, [sim], cancellationToken);
        if (NumberUnavailable(sim, taken) is { } unavailable)
        {
            throw new ValidationFailedException(unavailable.Field, unavailable.Error);
        }
        db.Sims.Add(sim);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(iccid, cancellationToken);
    }

    /// <summary>Creates what is valid in one transaction and reports every other item with its index.</summary>
    public async Task<BulkCreateResult> CreateManyAsync(IReadOnlyList<CreateSimRequest> requests, CancellationToken cancellationToken = default)
    {
        Batches.EnsureWithinLimit(requests);
        user.Require(Permission.ManageSims);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (sims, rejected) = await PlanManyAsync(db, requests, cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Sims.AddRange(sims);
        await db.SaveChangesAsync(cancellationToken);
        return new BulkCreateResult(sims.Count, rejected);
    }

    /// <summary>
    /// An import file (see <see cref="SimImportCsv"/>): with <paramref name="import"/> false a preview that stores
    /// nothing, else the import. Both check each line exactly as <see cref="CreateManyAsync"/> does.
    /// </summary>
    public async Task<SimImportResult> ImportCsvAsync(string csv, bool import, CancellationToken cancellationToken = default)
    {
        user.Require(Permission.ManageSims);
        var lines = SimImportCsv.Parse(csv);
        Batches.EnsureWithinLimit(lines);
        if (lines.Count == 0)
        {
            throw new ValidationFailedException("file", "The file holds no SIM. Its columns: " + string.Join(",", SimImportCsv.Columns) + ".");
        }

        var readable = lines.Where(l => l.Request is not null).ToList();
        var requests = readable.Select(l => l.Request!).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (sims, rejected) = await PlanManyAsync(db, requests, cancellationToken);
        if (import)
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Sims.AddRange(sims);
            await db.SaveChangesAsync(cancellationToken);
        }

        var refusals = lines.Where(l => l.Error is not null).Select(l => new SimImportRejection(l.Line, l.Iccid, l.Error!))
            .Concat(rejected.Select(r => new SimImportRejection(readable[r.Index].Line, readable[r.Index].Iccid, r.Error)))
            .OrderBy(r => r.Line).ToList();
        return new SimImportResult(import, [.. sims.Select(s => s.Iccid)], refusals);
    }

    /// <summary>The SIMs a batch would create and its refused items with their reasons; nothing is stored.</summary>
    private async Task<(List<Sim> Sims, List<RejectedItem> Rejected)> PlanManyAsync(PortalDbContext db, IReadOnlyList<CreateSimRequest> requests, CancellationToken cancellationToken)
    {
        var partners = (await db.Partners.VisibleTo(user).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var customers = await db.Customers.VisibleTo(user).ToDictionaryAsync(c => c.Id, c => c.PartnerId, cancellationToken);
        var existing = await ExistingIccidsAsync(db, requests.Select(r => r?.Iccid?.Trim()).OfType<string>(), cancellationToken);
        var taken = await TakenNumbersAsync(db, requests.OfType<CreateSimRequest>()
            .Select(r => new SimKeys(
                Imsi.TryParse(r.Imsi, out var imsi, out _) ? imsi.Value : null,
                Msisdn.TryParse(r.Msisdn, out var msisdn, out _) ? msisdn.Value : null)), cancellationToken);

        var rejected = new List<RejectedItem>();
        var sims = new List<Sim>();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var error = request is null ? "An item is required." : BulkItemError(request, partners, customers, existing);
            if (error is not null)
            {
                rejected.Add(new RejectedItem(i, error));
                continue;
            }

            var sim = NewSim(request!, request!.PartnerId ?? user.PartnerId!.Value);
            if (NumberUnavailable(sim, taken) is { } unavailable)
            {
                rejected.Add(new RejectedItem(i, unavailable.Error));
                continue;
            }

            // A second copy in the same batch is as much a duplicate as one already stored.
            existing.Add(sim.Iccid);
            taken.Add(sim);
            sims.Add(sim);
        }

        return (sims, rejected);
    }

    public async Task<PagedResult<SimDto>> ListAsync(SimQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Validated();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sims = query.Filter(db.Sims.AsNoTracking().VisibleTo(user), db.Customers.AsNoTracking());
        var total = await counts.CountAsync(db, sims, cancellationToken);
        // The page's ids first, then its rows: the database reads a SIM's other columns (on PostgreSQL its last seen is a
        // table of its own) for the page's SIMs, not for every match it sorted (a 15-digit prefix: 1,000 lookups for 50).
        var ids = new PageRequest(query.Page, query.PageSize).Of(query.Order(sims, db.Customers.AsNoTracking()), total).Select(s => s.Id);
        var page = query.Order(db.Sims.AsNoTracking().Where(s => ids.Contains(s.Id)), db.Customers.AsNoTracking());
        return new PagedResult<SimDto>(await ToDtosAsync(db, page, cancellationToken), total.Total) { TotalIsEstimate = total.IsEstimate };
    }

    public async Task<SimDto> GetAsync(string iccid, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await ToDtosAsync(db, db.Sims.AsNoTracking().VisibleTo(user).Where(s => s.Iccid == iccid), cancellationToken)).FirstOrDefault()
            ?? throw new NotFoundException("SIM", iccid);
    }

    /// <summary>
    /// The SIM's last <see cref="RecentRows"/> stored detections: its history chain walked from the head (see
    /// <see cref="Detection.PreviousId"/>), a primary-key lookup per row, however many detections the table holds.
    /// </summary>
    private static Task<List<Detection>> RecentDetectionsAsync(PortalDbContext db, long simId, CancellationToken cancellationToken) =>
        db.Detections.FromSql($"""
            WITH RECURSIVE chain("Id", "Depth") AS (
                SELECT "LastDetectionId", 1 FROM "Sims" WHERE "Id" = {simId} AND "LastDetectionId" IS NOT NULL
                UNION ALL
                SELECT d."PreviousId", chain."Depth" + 1 FROM "Detections" AS d JOIN chain ON d."Id" = chain."Id"
                WHERE d."PreviousId" IS NOT NULL AND chain."Depth" < {RecentRows})
            SELECT d.* FROM chain JOIN "Detections" AS d ON d."Id" = chain."Id"
            """).AsNoTracking().ToListAsync(cancellationToken);

    public async Task<SimDetailsDto> GetDetailsAsync(string iccid, CancellationToken cancellationToken = default)
    {
        // One context for the whole page: the scoped entity (for the allowed lists) and its DTO (with pending orders).
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.Sims.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(s => s.Iccid == iccid, cancellationToken)
            ?? throw new NotFoundException("SIM", iccid);
        var simId = entity.Id;
        var sim = (await ToDtosAsync(db, db.Sims.AsNoTracking().Where(s => s.Id == simId), cancellationToken))[0];
        var detections = (await RecentDetectionsAsync(db, simId, cancellationToken))
            .OrderByDescending(d => d.ObservedAt).ThenByDescending(d => d.Id)
            .Select(d => new DetectionDto(d.DetectionId, d.Imei, d.ObservedAt, d.ReceivedAt, d.Result))
            .ToList();
        var history = await db.ImeiStatusChanges.AsNoTracking().Where(c => c.SimId == simId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(RecentRows)
            .Select(c => new ImeiStatusChangeDto(c.At, c.From, c.To))
            .ToListAsync(cancellationToken);
        var customerName = sim.CustomerId is { } customerId
            ? await db.Customers.Where(c => c.Id == customerId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new SimDetailsDto(simId, sim, detections, history, entity.AllowedImeiTargets(), entity.AllowedOrders(), entity.BarredByImeiLock,
            customerName, await DailyUsageAsync(db, simId, cancellationToken))
        {
            RiskReasons = entity.RiskReasons,
        };
    }

    /// <summary>The last 30 days of data usage, one point per day (days without traffic included), for the SIM page's chart.</summary>
    private async Task<IReadOnlyList<DailyUsageDto>> DailyUsageAsync(PortalDbContext db, long simId, CancellationToken cancellationToken)
    {
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var from = today.AddDays(-29);
        var records = await db.UsageRecords.AsNoTracking().Where(u => u.SimId == simId && u.Start >= from)
            .Select(u => new { u.Start, u.Bytes }).ToListAsync(cancellationToken);
        var byDay = records.GroupBy(r => r.Start.Date).ToDictionary(g => g.Key, g => g.Sum(r => (double)r.Bytes));
        return Enumerable.Range(0, 30).Select(i => from.AddDays(i))
            .Select(day => new DailyUsageDto(day, Math.Round(byDay.GetValueOrDefault(day) / 1_048_576.0, 2)))
            .ToList();
    }

    /// <summary>Assigns the SIM to a customer of its own partner, or to none (null).</summary>
    public async Task<SimDto> AssignCustomerAsync(string iccid, AssignCustomerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sim = await FindAsync(db, iccid, cancellationToken);
        user.Require(Permission.ManageSims);
        var validation = new Validation();
        if (request.CustomerId is { } customerId
            && !await db.Customers.VisibleTo(user).AnyAsync(c => c.Id == customerId && c.PartnerId == sim.PartnerId, cancellationToken))
        {
            validation.Add("customerId", $"Customer {customerId} is not a customer of the SIM's partner.");
        }

        if (request.ServiceId is { } serviceId
            && (request.CustomerId is null || !await db.ServiceProfiles.AnyAsync(p => p.Id == serviceId && p.CustomerId == request.CustomerId, cancellationToken)))
        {
            validation.Add("serviceId", $"Service {serviceId} is not a service of the customer.");
        }

        validation.ThrowIfInvalid();
        sim.AssignCustomer(request.CustomerId, request.ServiceId);
        await SaveUserChangeAsync(db, cancellationToken);
        return await GetAsync(iccid, cancellationToken);
    }

    /// <summary>The SIM's allowed IMEIs and lock scope; the customer's own lever, like an IMEI status change.</summary>
    public async Task<SimDto> ChangeLockAsync(string iccid, ChangeLockRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sim = await FindAsync(db, iccid, cancellationToken);
        user.Require(Permission.ChangeImeiStatus);
        var validation = new Validation();
        if (request.AllowedImeis is { } imeis)
        {
            if (imeis.Count > Sim.MaxAllowedImeis)
            {
                validation.Add("allowedImeis", $"A SIM may have at most {Sim.MaxAllowedImeis} allowed IMEIs, but {imeis.Count} were given.");
            }

            for (var i = 0; i < imeis.Count; i++)
            {
                if (!Imei.TryParse(imeis[i], out _, out var error))
                {
                    validation.Add($"allowedImeis[{i}]", error);
                }
            }
        }

        validation.ThrowIfInvalid();
        sim.ChangeLockSettings(request.AllowedImeis, request.LockScope);
        await SaveUserChangeAsync(db, cancellationToken);
        return await GetAsync(iccid, cancellationToken);
    }

    public const int DefaultSwapMaxAgeHours = 240;

    public const int MaxSwapMaxAgeHours = 2400;

    /// <summary>Device swap check: an IMEI change (not an IMEISV variance, which the domain never counts) within the last <paramref name="maxAgeHours"/>.</summary>
    public async Task<DeviceSwapDto> CheckDeviceSwapAsync(string iccid, int? maxAgeHours, CancellationToken cancellationToken = default)
    {
        var hours = maxAgeHours ?? DefaultSwapMaxAgeHours;
        if (hours is < 1 or > MaxSwapMaxAgeHours)
        {
            throw new ValidationFailedException("maxAgeHours", $"maxAgeHours must be between 1 and {MaxSwapMaxAgeHours}.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sim = await db.Sims.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(s => s.Iccid == iccid, cancellationToken)
            ?? throw new NotFoundException("SIM", iccid);
        var latest = sim.LatestDeviceChangeAt;
        return new DeviceSwapDto(latest is { } at && at >= clock.GetUtcNow().UtcDateTime.AddHours(-hours), latest);
    }

    /// <summary>The SIM if the caller may see it; 404 otherwise, so its existence does not leak.</summary>
    public static async Task<Sim> FindAsync(PortalDbContext db, ICurrentUser user, string iccid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Sims.VisibleTo(user).FirstOrDefaultAsync(s => s.Iccid == iccid, cancellationToken)
            ?? throw new NotFoundException("SIM", iccid);
    }

    /// <summary>Saves a user's change; losing a race with the feed or the worker is a 409 with nothing applied.</summary>
    public static async Task SaveUserChangeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The SIM was changed by someone else meanwhile; reload it and try again.");
        }
    }

    private Task<Sim> FindAsync(PortalDbContext db, string iccid, CancellationToken cancellationToken) => FindAsync(db, user, iccid, cancellationToken);

    /// <summary>The SIMs as DTOs: one query for the rows (with pending orders), one for the device models of the page.</summary>
    private async Task<List<SimDto>> ToDtosAsync(PortalDbContext db, IQueryable<Sim> sims, CancellationToken cancellationToken)
    {
        var rows = await sims.Select(s => new
        {
            Dto = new SimDto(s.Iccid, s.Imsi, s.Msisdn, s.Network, s.PartnerId, s.CustomerId, s.Status, s.Imei, s.ImeiLock,
                s.ImeiStatus, s.ImeiLastSeenAt, s.FirstImeiAfterTrigger, s.FrequentImeiChanges, s.TacChanged,
                db.Orders.Count(o => o.SimId == s.Id && o.State == OrderState.Pending))
            {
                LockScope = s.LockScope,
                SwapWindowUntil = s.SwapWindowUntil,
                RiskScore = s.RiskScore,
            },
            s.AllowedImeiList,
        }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = rows.Where(r => r.Dto.Imei is not null).Select(r => (r.Dto.PartnerId, Tac: Imei.TacOf(r.Dto.Imei))).Distinct().ToList();
        var names = await models.LookupAsync(db, keys, cancellationToken);
        return rows.ConvertAll(r => r.Dto with
        {
            AllowedImeis = Sim.SplitAllowedImeis(r.AllowedImeiList),
            // The domain closes an expired window at the next detection; until then it is shown as closed.
            SwapWindowUntil = r.Dto.SwapWindowUntil > now ? r.Dto.SwapWindowUntil : null,
            DeviceModel = r.Dto.Imei is { } imei ? names.GetValueOrDefault((r.Dto.PartnerId, Imei.TacOf(imei))) : null,
        });
    }

    private Sim NewSim(CreateSimRequest request, int partnerId) =>
        new(Iccid.Parse(request.Iccid!), partnerId, clock.GetUtcNow().UtcDateTime, request.Imsi, request.Msisdn, request.Network, request.CustomerId);

    private static void ValidateFields(CreateSimRequest request, int? partnerId, Validation validation)
    {
        if (!Iccid.TryParse(request.Iccid, out _, out var iccidError))
        {
            validation.Add("iccid", iccidError);
        }

        if (!string.IsNullOrWhiteSpace(request.Imsi) && !Imsi.TryParse(request.Imsi, out _, out var imsiError))
        {
            validation.Add("imsi", imsiError);
        }

        if (!string.IsNullOrWhiteSpace(request.Msisdn) && !Msisdn.TryParse(request.Msisdn, out _, out var msisdnError))
        {
            validation.Add("msisdn", msisdnError);
        }

        if (request.Network is { Length: > 50 })
        {
            validation.Add("network", "network must be at most 50 characters.");
        }

        if (partnerId is null)
        {
            validation.Add("partnerId", "partnerId is required.");
        }
    }

    private string? BulkItemError(CreateSimRequest request, HashSet<int> partners, Dictionary<int, int> customers, HashSet<string> existing)
    {
        var partnerId = request.PartnerId ?? user.PartnerId;
        var validation = new Validation();
        ValidateFields(request, partnerId, validation);
        if (!validation.IsValid)
        {
            return validation.Describe();
        }

        if (!partners.Contains(partnerId!.Value))
        {
            return $"Partner {partnerId} was not found.";
        }

        if (request.CustomerId is { } customerId && (!customers.TryGetValue(customerId, out var owner) || owner != partnerId))
        {
            return $"Customer {customerId} is not a customer of partner {partnerId}.";
        }

        return existing.Contains(request.Iccid!.Trim()) ? IccidUnavailable : null;
    }

    private static (string Field, string Error)? NumberUnavailable(Sim sim, TakenNumbers taken) =>
        sim.Imsi is { } imsi && taken.Imsis.Contains(imsi) ? ("imsi", ImsiUnavailable)
        : sim.Msisdn is { } msisdn && taken.Msisdns.Contains(msisdn) ? ("msisdn", MsisdnUnavailable)
        : null;

    /// <summary>The IMSIs and MSISDNs among <paramref name="wanted"/> that a stored SIM of any tenant already has.</summary>
    private static async Task<TakenNumbers> TakenNumbersAsync(PortalDbContext db, IEnumerable<SimKeys> wanted, CancellationToken cancellationToken)
    {
        var keys = wanted.SelectMany(w => new[]
        {
            w.Imsi is { } imsi ? new SimKey(SimKeyKind.Imsi, imsi) : (SimKey?)null,
            w.Msisdn is { } msisdn ? new SimKey(SimKeyKind.Msisdn, msisdn) : null,
        }).OfType<SimKey>();
        var taken = new TakenNumbers();
        foreach (var key in (await SimKeyLookup.ResolveAsync(db, keys, cancellationToken)).Keys)
        {
            (key.Kind == SimKeyKind.Imsi ? taken.Imsis : taken.Msisdns).Add(key.Value);
        }

        return taken;
    }

    private static Task<TakenNumbers> TakenNumbersAsync(PortalDbContext db, IEnumerable<Sim> sims, CancellationToken cancellationToken) =>
        TakenNumbersAsync(db, sims.Select(s => new SimKeys(s.Imsi, s.Msisdn)), cancellationToken);

    private readonly record struct SimKeys(string? Imsi, string? Msisdn);

    private sealed class TakenNumbers
    {
        public HashSet<string> Imsis { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Msisdns { get; } = new(StringComparer.Ordinal);

        public void Add(Sim sim)
        {
            if (sim.Imsi is { } imsi)
            {
                Imsis.Add(imsi);
            }

            if (sim.Msisdn is { } msisdn)
            {
                Msisdns.Add(msisdn);
            }
        }
    }

    private static async Task<HashSet<string>> ExistingIccidsAsync(PortalDbContext db, IEnumerable<string> iccids, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in iccids.Distinct(StringComparer.Ordinal).Chunk(Batches.LookupChunk))
        {
            found.UnionWith(await db.Sims.Where(s => chunk.Contains(s.Iccid)).Select(s => s.Iccid).ToListAsync(cancellationToken));
        }

        return found;
    }
}
