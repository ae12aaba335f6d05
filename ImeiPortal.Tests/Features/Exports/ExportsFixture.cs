using System.Globalization;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Features.Exports;

/// <summary>
/// One app with the two tenants and a few hundred SIMs in every IMEI status, some notifications and usage:
/// enough for every filter to select a non-trivial subset, small enough to build in a second.
/// </summary>
public sealed class ExportsFixture : PortalFactory, IAsyncLifetime
{
    /// <summary>A network name a spreadsheet would run as a formula.</summary>
    public const string FormulaNetwork = "=HYPERLINK(\"http://evil.test\",\"x\")";

    public static readonly DateTime T0 = new(2026, 5, 1, 8, 30, 0, DateTimeKind.Utc);

    public Tenants Tenants { get; private set; } = null!;

    /// <summary>Serial prefix of every ICCID of this fixture, for search-by-prefix tests.</summary>
    public string IccidPrefix { get; } = "8944" + Random.Shared.Next(100, 999).ToString(CultureInfo.InvariantCulture);

    public List<string> IccidsA { get; } = [];
    public List<string> IccidsB { get; } = [];

    public async Task InitializeAsync()
    {
        Tenants = await Tenants.CreateAsync(this);
        var sims = new List<Sim>();
        for (var i = 0; i < 240; i++)
        {
            var inB = i % 5 == 4;
            var partner = inB ? Tenants.PartnerB.Id : Tenants.PartnerA.Id;
            int? customer = inB ? Tenants.CustomerB1.Id : (i % 3) switch { 0 => Tenants.CustomerA1.Id, 1 => Tenants.CustomerA2.Id, _ => null };
            var network = i % 17 == 0 ? FormulaNetwork : i % 2 == 0 ? "EE" : "Vodafone UK";
            var body = IccidPrefix + i.ToString("D11", CultureInfo.InvariantCulture);
            var sim = new Sim(Iccid.Parse(body + Luhn.CheckDigit(body)), partner, T0, imsi: "23415" + i.ToString("D10", CultureInfo.InvariantCulture),
                msisdn: "447" + i.ToString("D10", CultureInfo.InvariantCulture), network: network, customerId: customer);
            if (customer is not null)
            {
                sim.Activate(enableImeiLock: i % 4 != 0);
                // Armed SIMs lock to the first device; a few are then seen in a second one and differ.
                if (i % 4 is 1 or 2)
                {
                    sim.ApplyDetection(Imei(i), T0.AddMinutes(i));
                }

                if (i % 8 == 1)
                {
                    sim.ApplyDetection(Imei(i + 1000), T0.AddMinutes(i + 1));
                }
            }

            sims.Add(sim);
            (inB ? IccidsB : IccidsA).Add(sim.Iccid);
        }

        await WithDbAsync(async db =>
        {
            db.Sims.AddRange(sims);
            await db.SaveChangesAsync();
            foreach (var sim in sims.Where(s => s.CustomerId is not null))
            {
                var notification = new Notification(1, sim.PartnerId, sim.CustomerId, sim.Id, sim.Iccid, T0.AddHours(sim.Id % 48),
                    NotificationKind.ImeiStatusChange, sim.Id % 10 == 0 ? "-1 devices changed" : $"SIM {sim.Iccid} changed device")
                {
                    PreviousImei = sim.ImeiLock,
                    NewImei = sim.Imei,
                };
                db.Notifications.Add(notification);
                db.UsageRecords.Add(new UsageRecord($"u-{sim.Iccid}", sim.Id, sim.Iccid, T0.AddHours(sim.Id % 72), T0.AddHours((sim.Id % 72) + 1), sim.Id * 1000, T0));
            }

            return await db.SaveChangesAsync();
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static string Imei(int serial)
    {
        var body = "35209900" + serial.ToString("D6", CultureInfo.InvariantCulture);
        return body + Luhn.CheckDigit(body);
    }
}
