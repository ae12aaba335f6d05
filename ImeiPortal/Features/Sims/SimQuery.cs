using ImeiPortal.Features.DeviceModels;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;

namespace ImeiPortal.Features.Sims;

/// <summary>
/// The SIM list's filters, as the API, the SIM page and the export take them. One definition, so an
/// export always holds exactly the rows the list shows for the same filter.
/// </summary>
public sealed record SimQuery(
    string? Search = null,
    SimStatus? Status = null,
    ImeiStatus? ImeiStatus = null,
    int? CustomerId = null,
    string? Network = null,
    string? Tag = null,
    string? Sort = null,
    int Page = 1,
    int PageSize = 50,
    int? PartnerId = null,
    bool? FrequentImeiChanges = null,
    bool? ModelChanged = null)
{
    /// <summary>Each column a user sorts by, ascending or (with "-") descending; the API's sort= takes the same keys.</summary>
    public static readonly IReadOnlyList<string> Sorts =
        ["iccid", "-iccid", "lastSeen", "-lastSeen", "status", "-status", "imeiStatus", "-imeiStatus", "customer", "-customer"];

    public SimQuery Validated()
    {
        new PageRequest(Page, PageSize).Validated();
        if (Sort is not null && !Sorts.Contains(Sort))
        {
            throw new ValidationFailedException("sort", $"sort must be one of {string.Join(", ", Sorts)}.");
        }

        return this;
    }

    /// <summary>Filters (not sorting or paging) applied to an already tenant-scoped query.</summary>
    public IQueryable<Sim> Filter(IQueryable<Sim> sims, IQueryable<Domain.Tenancy.Customer> customers)
    {
        ArgumentNullException.ThrowIfNull(sims);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            // Identifiers are searched by prefix: it uses the indexes and is what people type.
            var s = Search.Trim();
            sims = sims.Where(x => x.Iccid.StartsWith(s) || x.Imsi!.StartsWith(s) || x.Msisdn!.StartsWith(s) || x.Imei!.StartsWith(s));
        }

        if (Status is { } status)
        {
            sims = sims.Where(x => x.Status == status);
        }

        if (ImeiStatus is { } imeiStatus)
        {
            sims = sims.Where(x => x.ImeiStatus == imeiStatus);
        }

        if (CustomerId is { } customerId)
        {
            sims = sims.Where(x => x.CustomerId == customerId);
        }

        if (!string.IsNullOrWhiteSpace(Network))
        {
            sims = sims.Where(x => x.Network == Network);
        }

        // Applied after the tenant scope, so another partner's id narrows a partner user's list to nothing.
        if (PartnerId is { } partnerId)
        {
            sims = sims.Where(x => x.PartnerId == partnerId);
        }

        if (FrequentImeiChanges is { } frequent)
        {
            sims = sims.Where(x => x.FrequentImeiChanges == frequent);
        }

        // "Model changed" is the stored flag of the SIM's last device change (Sim.TacChanged), as the list's "model" chip shows.
        if (ModelChanged is { } modelChanged)
        {
            sims = sims.Where(x => x.TacChanged == modelChanged);
        }

        if (!string.IsNullOrWhiteSpace(Tag))
        {
            var tag = "\n" + Tag.Trim() + "\n";
            var tagged = customers.Where(c => ("\n" + c.TagList + "\n").Contains(tag)).Select(c => (int?)c.Id);
            sims = sims.Where(x => tagged.Contains(x.CustomerId));
        }

        return sims;
    }

    /// <summary>
    /// Stable order: ties fall back to ICCID so paging never repeats or skips a row; "last seen" ties to the SIM's id,
    /// which its index holds on both stores (SQLite's rowid, PostgreSQL's SimLastSeen key), so that index alone serves
    /// every page, never-seen SIMs included (they come first ascending, last descending, as blanks do on both stores).
    /// Statuses sort in their lifecycle order; customers by name (SIMs without one first).
    /// </summary>
    public IQueryable<Sim> Order(IQueryable<Sim> sims, IQueryable<Domain.Tenancy.Customer> customers) => Sort switch
    {
        "-iccid" => sims.OrderByDescending(x => x.Iccid),
        "lastSeen" => sims.OrderBy(x => x.ImeiLastSeenAt).ThenBy(x => x.Id),
        "-lastSeen" => sims.OrderByDescending(x => x.ImeiLastSeenAt).ThenByDescending(x => x.Id),
        "status" => sims.OrderBy(x => x.Status).ThenBy(x => x.Iccid),
        "-status" => sims.OrderByDescending(x => x.Status).ThenBy(x => x.Iccid),
        "imeiStatus" => sims.OrderBy(x => x.ImeiStatus).ThenBy(x => x.Iccid),
        "-imeiStatus" => sims.OrderByDescending(x => x.ImeiStatus).ThenBy(x => x.Iccid),
        "customer" => sims.OrderBy(x => customers.Where(c => c.Id == x.CustomerId).Select(c => c.Name).FirstOrDefault()).ThenBy(x => x.Iccid),
        "-customer" => sims.OrderByDescending(x => customers.Where(c => c.Id == x.CustomerId).Select(c => c.Name).FirstOrDefault()).ThenBy(x => x.Iccid),
        _ => sims.OrderBy(x => x.Iccid),
    };
}

/// <summary>The SIM as API.md defines it.</summary>
public sealed record SimDto(
    string Iccid,
    string? Imsi,
    string? Msisdn,
    string? Network,
    int PartnerId,
    int? CustomerId,
    SimStatus Status,
    string? Imei,
    string? ImeiLock,
    ImeiStatus ImeiStatus,
    DateTime? ImeiLastSeenAt,
    string? FirstImeiAfterTrigger,
    bool FrequentImeiChanges,
    bool TacChanged,
    int PendingOrders)
{
    public IReadOnlyList<string> AllowedImeis { get; init; } = [];

    public LockScope LockScope { get; init; }

    /// <summary>End of an open pre-authorised device swap; null when none is open.</summary>
    public DateTime? SwapWindowUntil { get; init; }

    /// <summary>The model of the device the SIM is in (from the catalogue); null when its TAC is not catalogued.</summary>
    public DeviceModelDto? DeviceModel { get; init; }

    /// <summary>The theft risk of the SIM's last IMEI lock trigger; null before the first.</summary>
    public int? RiskScore { get; init; }
}
