using ImeiPortal.Data;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Network;

/// <summary>
/// Gathers the theft risk signals of a batch's triggers and scores them (<see cref="TheftRisk"/> holds the weights).
/// Queries are per batch and per distinct new device or (customer, model), never per detection; a batch without
/// triggers asks nothing.
/// </summary>
internal static class TriggerRisk
{
    public static async Task<List<(Sim Sim, ImeiLockTriggered Trigger)>> ScoreAsync(
        PortalDbContext db, IReadOnlyList<(Sim Sim, ImeiLockTriggered Trigger)> triggers, IReadOnlyDictionary<int, LockPolicy> policies,
        DateTime now, CancellationToken cancellationToken)
    {
        if (triggers.Count == 0)
        {
            return [];
        }

        var since = now - TheftRisk.OtherSimWindow;
        var triggerSims = triggers.Select(t => t.Sim.Id).ToHashSet();
        var newImeis = triggers.Select(t => t.Trigger.NewImei).Distinct(StringComparer.Ordinal).ToList();
        // The stored SIMs in those devices lately, plus the batch's own: a theft wave puts one phone on several SIMs at once.
        var carriers = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        foreach (var chunk in newImeis.Chunk(Batches.LookupChunk))
        {
            foreach (var row in await db.Sims.AsNoTracking().Where(s => chunk.Contains(s.Imei!) && s.ImeiLastSeenAt >= since)
                .Select(s => new { s.Id, s.Imei }).ToListAsync(cancellationToken))
            {
                Carriers(row.Imei!).Add(row.Id);
            }
        }

        foreach (var (sim, trigger) in triggers)
        {
            Carriers(trigger.NewImei).Add(sim.Id);
        }

        // Whether the customer has other SIMs in the new model. The batch's own triggering SIMs do not count: they are
        // left out here, not in SQL, since a NOT IN list of a theft wave's thousands of ids per customer cost ~50 ms a
        // query (bench/README.md, 2026-12-01 evening). At most that many of the customer's SIMs can be excluded, so
        // reading one more than that many ids decides it.
        var triggeringPerCustomer = triggers.Where(t => t.Sim.CustomerId is not null).GroupBy(t => t.Sim.CustomerId!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        var modelInFleet = new Dictionary<(int, string), bool>();
        foreach (var (customerId, tac) in triggers.Where(t => t.Sim.CustomerId is not null)
            .Select(t => (t.Sim.CustomerId!.Value, new Imei(t.Trigger.NewImei).Tac)).Distinct())
        {
            var inModel = await db.Sims.AsNoTracking().Where(s => s.CustomerId == customerId && s.Imei!.StartsWith(tac))
                .Select(s => s.Id).Take(triggeringPerCustomer[customerId] + 1).ToListAsync(cancellationToken);
            modelInFleet[(customerId, tac)] = inModel.Exists(id => !triggerSims.Contains(id));
        }

        return triggers.Select(t =>
        {
            var (sim, trigger) = t;
            var tac = new Imei(trigger.NewImei).Tac;
            var policy = CustomerLockPolicies.For(policies, sim);
            var risk = TheftRisk.Score(new RiskSignals(
                trigger.TacChanged,
                Carriers(trigger.NewImei).Count > 1,
                sim.CustomerId is { } customer && !modelInFleet.GetValueOrDefault((customer, tac)),
                sim.FrequentImeiChanges,
                !policy.AllowsModelOf(trigger.NewImei)));
            sim.RecordRisk(risk);
            return (sim, trigger with { Risk = risk });
        }).ToList();

        HashSet<long> Carriers(string imei) => carriers.TryGetValue(imei, out var ids) ? ids : carriers[imei] = [];
    }
}
