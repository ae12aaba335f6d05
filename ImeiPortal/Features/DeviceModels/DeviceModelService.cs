using ImeiPortal.Data;
using ImeiPortal.Data.Changes;
using ImeiPortal.Domain.Devices;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.DeviceModels;

public sealed record DeviceModelItem(string? Tac, string? Manufacturer, string? Model);

/// <summary>A model as pages and the API show it; <paramref name="PartnerId"/> null is a platform entry.</summary>
public sealed record DeviceModelDto(string Tac, string Manufacturer, string Model, int? PartnerId);

public sealed record DeviceModelImportResult(int Imported, IReadOnlyList<RejectedItem> Rejected);

/// <summary>
/// The device model catalogue: an Admin imports the platform's, a PartnerAdmin the partner's own (which win for its
/// SIMs). Everyone signed in reads the entries that apply to them. Imports upsert by TAC, so re-importing a corrected
/// file is safe.
/// </summary>
public sealed class DeviceModelService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, DeviceModelNames names, IChangeHub hub)
{
    public async Task<DeviceModelImportResult> ImportAsync(IReadOnlyList<DeviceModelItem>? items, CancellationToken cancellationToken = default)
    {
        Batches.EnsureWithinLimit(items);
        user.Require(Permission.ManageDeviceModels);
        // Platform entries are the Admin's; anyone else with the permission writes the partner's own.
        int? partnerId = user.Level == TenantLevel.Platform
            ? null
            : user.PartnerId ?? throw new ForbiddenException("Only a platform or partner user imports device models.");
        var (valid, rejected) = Check(items, partnerId);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = new Dictionary<string, DeviceModel>(StringComparer.Ordinal);
        foreach (var chunk in valid.Keys.Chunk(Batches.LookupChunk))
        {
            foreach (var model in await db.DeviceModels.Where(m => m.PartnerId == partnerId && chunk.Contains(m.Tac)).ToListAsync(cancellationToken))
            {
                existing[model.Tac] = model;
            }
        }

        foreach (var model in valid.Values)
        {
            if (existing.TryGetValue(model.Tac, out var stored))
            {
                stored.Rename(model.Manufacturer, model.Model);
            }
            else
            {
                db.DeviceModels.Add(model);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        // Here at once, so the importer's next page shows the names; other instances when the change reaches them.
        names.Forget();
        hub.Publish(new DeviceModelsChanged());
        return new DeviceModelImportResult(valid.Count, rejected);
    }

    /// <summary>What an import of <paramref name="items"/> would take and refuse, storing nothing: the page shows it before importing.</summary>
    public static DeviceModelImportResult Preview(IReadOnlyList<DeviceModelItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var (valid, rejected) = Check(items, null);
        return new DeviceModelImportResult(valid.Count, rejected);
    }

    private static (Dictionary<string, DeviceModel> Valid, List<RejectedItem> Rejected) Check(IReadOnlyList<DeviceModelItem> items, int? partnerId)
    {
        var rejected = new List<RejectedItem>();
        var valid = new Dictionary<string, DeviceModel>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                var item = items[i];
                var model = new DeviceModel(partnerId, item.Tac ?? "", item.Manufacturer ?? "", item.Model ?? "");
                // A TAC twice in one file: the later line wins, as it would in a second import.
                valid[model.Tac] = model;
            }
            catch (FormatException invalid)
            {
                rejected.Add(new RejectedItem(i, invalid.Message));
            }
        }

        return (valid, rejected);
    }

    public async Task<PagedResult<DeviceModelDto>> ListAsync(string? tac, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        var request = new PageRequest(page, pageSize).Validated();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var models = Visible(db.DeviceModels.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(tac))
        {
            var prefix = tac.Trim();
            models = models.Where(m => m.Tac.StartsWith(prefix));
        }

        var total = await models.CountAsync(cancellationToken);
        var rows = await request.Of(models.OrderBy(m => m.Tac).ThenBy(m => m.PartnerId), total)
            .Select(m => new DeviceModelDto(m.Tac, m.Manufacturer, m.Model, m.PartnerId))
            .ToListAsync(cancellationToken);
        return new PagedResult<DeviceModelDto>(rows, total);
    }

    /// <summary>
    /// The model of each (partner, TAC) pair: the partner's own entry, else the platform's. One query for a page of SIMs,
    /// not one per SIM. Pages ask <see cref="DeviceModelNames"/>, which remembers what this read.
    /// </summary>
    internal static async Task<IReadOnlyDictionary<(int PartnerId, string Tac), DeviceModelDto>> LookupAsync(
        PortalDbContext db, IReadOnlyCollection<(int PartnerId, string Tac)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<(int, string), DeviceModelDto>();
        if (keys.Count == 0)
        {
            return found;
        }

        var tacs = keys.Select(k => k.Tac).Distinct(StringComparer.Ordinal).ToList();
        var partners = keys.Select(k => (int?)k.PartnerId).Distinct().ToList();
        var rows = new List<DeviceModelDto>();
        foreach (var chunk in tacs.Chunk(Batches.LookupChunk))
        {
            rows.AddRange(await db.DeviceModels.AsNoTracking()
                .Where(m => chunk.Contains(m.Tac) && (m.PartnerId == null || partners.Contains(m.PartnerId)))
                .Select(m => new DeviceModelDto(m.Tac, m.Manufacturer, m.Model, m.PartnerId))
                .ToListAsync(cancellationToken));
        }

        var platform = rows.Where(r => r.PartnerId is null).ToDictionary(r => r.Tac, StringComparer.Ordinal);
        var own = rows.Where(r => r.PartnerId is not null).ToDictionary(r => (r.PartnerId!.Value, r.Tac));
        foreach (var key in keys)
        {
            if (own.TryGetValue(key, out var mine) || platform.TryGetValue(key.Tac, out mine))
            {
                found[key] = mine;
            }
        }

        return found;
    }

    private IQueryable<DeviceModel> Visible(IQueryable<DeviceModel> models) => user.Level switch
    {
        TenantLevel.Platform => models,
        TenantLevel.Partner or TenantLevel.Customer => models.Where(m => m.PartnerId == null || m.PartnerId == user.PartnerId),
        _ => models.Where(_ => false),
    };
}
