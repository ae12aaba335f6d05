using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Alarms;

/// <summary>
/// What one detection batch knows of the alarms and theft waves its triggers touch: the alarms per partner and, per
/// (customer, new TAC), the wave of the last <see cref="Incident.Window"/>, read once per batch (stored rows plus what
/// the batch added), so grouping asks nothing per trigger.
/// </summary>
internal sealed class BatchIncidents(IBatchContext db)
{
    private readonly Dictionary<int, List<Alarm>> _alarms = [];
    private readonly Dictionary<(int CustomerId, string Tac), Wave> _waves = [];

    // Read once for the batch's triggers (PreloadAsync): the firings already stored for their period keys, and which
    // SIMs' pending alarm orders are in the context.
    private readonly HashSet<(int AlarmId, string PeriodKey)> _storedFirings = [];
    private readonly HashSet<string> _preloadedKeys = new(StringComparer.Ordinal);
    private readonly HashSet<long> _ordersLoaded = [];

    public IBatchContext Db => db;

    /// <summary>
    /// Reads, for all the batch's triggers at once, the alarm firings already stored under their period keys and the
    /// SIMs' pending Bar/Deactivate orders (into the context, where placing an order looks first).
    /// </summary>
    public async Task PreloadAsync(IReadOnlyList<(long SimId, string PeriodKey)> triggers, CancellationToken cancellationToken)
    {
        foreach (var chunk in triggers.Select(t => t.PeriodKey).Where(_preloadedKeys.Add).Chunk(Batches.LookupChunk))
        {
            foreach (var firing in await db.AlarmFirings.AsNoTracking().Where(f => chunk.Contains(f.PeriodKey))
                .Select(f => new { f.AlarmId, f.PeriodKey }).ToListAsync(cancellationToken))
            {
                _storedFirings.Add((firing.AlarmId, firing.PeriodKey));
            }
        }

        foreach (var chunk in triggers.Select(t => t.SimId).Where(_ordersLoaded.Add).Chunk(Batches.LookupChunk))
        {
            await db.Orders.Where(o => chunk.Contains(o.SimId) && o.State == OrderState.Pending
                && (o.Type == OrderType.Bar || o.Type == OrderType.Deactivate)).LoadAsync(cancellationToken);
        }
    }

    /// <summary>Whether this SIM's pending alarm orders were read into the context by <see cref="PreloadAsync"/>.</summary>
    public bool PendingOrdersLoaded(long simId) => _ordersLoaded.Contains(simId);

    /// <summary>
    /// Claims the alarm's firing for the period, as <see cref="AlarmFirings.TryClaimAsync"/> does, without a query when
    /// the period's key was preloaded.
    /// </summary>
    public async Task<bool> TryClaimAsync(int alarmId, string periodKey, DateTime now, CancellationToken cancellationToken)
    {
        if (!_preloadedKeys.Contains(periodKey))
        {
            return await AlarmFirings.TryClaimAsync(db, alarmId, periodKey, now, cancellationToken);
        }

        if (!_storedFirings.Add((alarmId, periodKey)))
        {
            return false;
        }

        AlarmFirings.Claim(db, alarmId, periodKey, now);
        return true;
    }

    /// <summary>The partner's enabled IMEI status change alarms.</summary>
    public async Task<List<Alarm>> AlarmsAsync(int partnerId, CancellationToken cancellationToken)
    {
        if (!_alarms.TryGetValue(partnerId, out var alarms))
        {
            _alarms[partnerId] = alarms = await db.Alarms
                .Where(a => a.PartnerId == partnerId && a.Type == AlarmType.ImeiStatusChange && a.Enabled)
                .OrderBy(a => a.Id)
                .ToListAsync(cancellationToken);
        }

        return alarms;
    }

    /// <summary>The wave of the customer's triggers into <paramref name="tac"/> lately, with its incident if it has formed.</summary>
    public async Task<Wave> WaveAsync(int partnerId, int customerId, string tac, DateTime now, CancellationToken cancellationToken)
    {
        if (!_waves.TryGetValue((customerId, tac), out var wave))
        {
            await PreloadWavesAsync([(partnerId, customerId, tac)], now, cancellationToken);
            wave = _waves[(customerId, tac)];
        }

        return wave;
    }

    /// <summary>
    /// Reads the waves of every (customer, new TAC) of the batch's triggers at once: a theft wave spans hundreds of
    /// customers and one model, and reading each wave alone cost three queries per customer, two of them over every
    /// notification (no index serves an incident's members), about a second of a 10,000-detection batch.
    /// </summary>
    public async Task PreloadWavesAsync(IReadOnlyCollection<(int PartnerId, int CustomerId, string Tac)> keys, DateTime now, CancellationToken cancellationToken)
    {
        var wanted = keys.Where(k => !_waves.ContainsKey((k.CustomerId, k.Tac))).DistinctBy(k => (k.CustomerId, k.Tac)).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var since = now - Incident.Window;
        var customers = wanted.Select(k => (int?)k.CustomerId).Distinct().ToList();
        var tacs = wanted.Select(k => k.Tac).Distinct(StringComparer.Ordinal).ToList();
        var latest = (await db.Incidents.Where(i => customers.Contains(i.CustomerId) && tacs.Contains(i.NewTac) && i.LastAt >= since).ToListAsync(cancellationToken))
            .GroupBy(i => (i.CustomerId!.Value, i.NewTac)).ToDictionary(g => g.Key, g => g.MaxBy(i => i.Id)!);
        foreach (var (partnerId, customerId, tac) in wanted)
        {
            _waves[(customerId, tac)] = new Wave(this, partnerId, customerId, tac, latest.GetValueOrDefault((customerId, tac)));
        }

        var forming = wanted.Where(k => !latest.ContainsKey((k.CustomerId, k.Tac))).ToList();
        if (forming.Count > 0)
        {
            // Tracked with their deliveries: when the incident forms, their e-mail and webhook give way to the incident's.
            var formingCustomers = forming.Select(k => (int?)k.CustomerId).Distinct().ToList();
            var formingTacs = forming.Select(k => k.Tac).Distinct(StringComparer.Ordinal).ToList();
            await db.Notifications.Include(n => n.Deliveries)
                .Where(n => formingCustomers.Contains(n.CustomerId) && n.Kind == NotificationKind.ImeiStatusChange && n.IncidentId == null
                    && n.CreatedAt >= since && formingTacs.Contains(n.NewImei!.Substring(0, Imei.TacLength)))
                .LoadAsync(cancellationToken);
            var members = db.Notifications.Local.Where(n => n.CustomerId is not null && n.Kind == NotificationKind.ImeiStatusChange
                && n.IncidentId == null && n.Incident is null && n.CreatedAt >= since && n.NewImei is { Length: >= Imei.TacLength })
                .ToLookup(n => (n.CustomerId!.Value, n.NewImei![..Imei.TacLength]));
            foreach (var (_, customerId, tac) in forming)
            {
                var wave = _waves[(customerId, tac)];
                foreach (var member in members[(customerId, tac)])
                {
                    wave.Members.Add(member);
                    wave.Sims.Add(member.SimId ?? 0);
                }
            }
        }

        var open = latest.Values.ToDictionary(i => i.Id, i => _waves[(i.CustomerId!.Value, i.NewTac)]);
        if (open.Count > 0)
        {
            var ids = open.Keys.Select(id => (long?)id).ToList();
            foreach (var member in await db.Notifications.Where(n => ids.Contains(n.IncidentId) && n.Kind == NotificationKind.ImeiStatusChange)
                .Select(n => new { n.IncidentId, SimId = n.SimId ?? 0 }).Distinct().ToListAsync(cancellationToken))
            {
                open[member.IncidentId!.Value].Sims.Add(member.SimId);
            }

            foreach (var message in await db.Notifications.Where(n => ids.Contains(n.IncidentId) && n.Kind == NotificationKind.Incident).ToListAsync(cancellationToken))
            {
                open[message.IncidentId!.Value].Messages[message.AlarmId] = message;
            }
        }
    }

    /// <summary>One customer's recent triggers into one new model.</summary>
    internal sealed class Wave(BatchIncidents batch, int partnerId, int customerId, string tac, Incident? incident)
    {
        public Incident? Incident { get; private set; } = incident;

        /// <summary>The member notifications not yet folded into the incident (before it forms).</summary>
        public List<Notification> Members { get; } = [];

        public HashSet<long> Sims { get; } = [];

        /// <summary>The incident's one outbound notification per alarm.</summary>
        public Dictionary<int, Notification> Messages { get; } = [];

        /// <summary>A trigger of <paramref name="simId"/> and the notifications its alarms raised; forms the incident at the threshold.</summary>
        public async Task AddAsync(long simId, IReadOnlyList<Notification> notifications, DateTime now, CancellationToken cancellationToken)
        {
            var newSim = Sims.Add(simId);
            if (Incident is { } open && open.IsOpenAt(now))
            {
                if (newSim)
                {
                    open.Join(now);
                }

                await FoldAsync(notifications, now, cancellationToken);
                return;
            }

            Members.AddRange(notifications);
            if (!Incident.Forms(Sims.Count))
            {
                return;
            }

            Incident = new Incident(partnerId, customerId, tac, Sims.Count, Members.Count == 0 ? now : Members.Min(m => m.CreatedAt), now);
            batch.Db.Incidents.Add(Incident);
            await FoldAsync(Members, now, cancellationToken);
            Members.Clear();
        }

        /// <summary>
        /// Links the notifications to the incident; their e-mail and webhook not yet sent give way to the incident's one
        /// message per alarm (one added in this batch is dropped, a stored one abandoned with why).
        /// </summary>
        private async Task FoldAsync(IEnumerable<Notification> notifications, DateTime now, CancellationToken cancellationToken)
        {
            var incident = Incident!;
            foreach (var notification in notifications.ToList())
            {
                notification.JoinIncident(incident);
                foreach (var delivery in notification.Deliveries.Where(d => d.Channel != DeliveryChannel.Portal && d.State == DeliveryState.Pending).ToList())
                {
                    if (delivery.Id == 0)
                    {
                        notification.Deliveries.Remove(delivery);
                        batch.Db.NotificationDeliveries.Remove(delivery);
                    }
                    else
                    {
                        delivery.Abandon("Not sent: the SIM joined an incident, whose one message lists it.");
                    }
                }

                await EnsureMessageAsync(notification.AlarmId, now, cancellationToken);
            }
        }

        private async Task EnsureMessageAsync(int alarmId, DateTime now, CancellationToken cancellationToken)
        {
            if (Messages.ContainsKey(alarmId)
                || (await batch.AlarmsAsync(partnerId, cancellationToken)).FirstOrDefault(a => a.Id == alarmId) is not { } alarm)
            {
                return;
            }

            var message = AlarmFirings.Notify(batch.Db, alarm, NotificationKind.Incident, null, null, customerId,
                string.Create(CultureInfo.InvariantCulture,
                    $"Incident: more than {Incident.MinSimsExclusive} SIMs of one customer were seen in devices of model TAC {tac} "
                    + $"within {Incident.Window.TotalMinutes:0} minutes, a theft wave. Each SIM has its own portal notification, and the alarm's action applies per SIM."),
                now, portal: false);
            message.JoinIncident(Incident!);
            Messages[alarmId] = message;
        }
    }
}
