using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Demo;

/// <summary>
/// Roles always; the first Admin from configuration when no user exists; demo tenants, one user per role
/// and a few thousand SIMs in every IMEI status when <c>Seed:Demo</c> is on and the database is empty.
/// </summary>
public sealed class Seeder(
    IDbContextFactory<PortalDbContext> dbFactory,
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole> roleManager,
    CurrentUser currentUser,
    Microsoft.Extensions.Options.IOptions<SeedOptions> options,
    TimeProvider clock,
    Alarms.AlarmService alarms,
    Network.NetworkService network,
    Users.UserService users,
    ILogger<Seeder> logger)
{
    public static readonly (string Email, string Role, string Tenant)[] DemoUsers =
    [
        ("admin@demo.imeiportal.test", Roles.Admin, ""),
        ("partner.admin@northwind.test", Roles.PartnerAdmin, "Northwind IoT"),
        ("partner.user@northwind.test", Roles.PartnerUser, "Northwind IoT"),
        ("partner.readonly@northwind.test", Roles.PartnerReadOnly, "Northwind IoT"),
        ("customer.admin@acme.test", Roles.CustomerAdmin, "Acme Logistics"),
        ("customer.user@acme.test", Roles.CustomerUser, "Acme Logistics"),
        ("customer.readonly@acme.test", Roles.CustomerReadOnly, "Acme Logistics"),
    ];

    /// <summary>
    /// The demo's own device catalogue: made-up makers and models on the TACs its demo devices use. No third-party TAC
    /// data set is redistributed; operators import theirs through the device model catalogue.
    /// </summary>
    public static readonly (string Tac, string Manufacturer, string Model)[] DemoDeviceModels =
    [
        ("35332811", "Northwind Devices", "Tracker T4"),
        ("86893704", "Fabrikam Telematics", "FleetBox 2"),
        ("35875006", "Contoso Hardware", "Meter Gateway M1"),
        ("01234600", "Tailspin Mobility", "Bike Lock BL-3"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        currentUser.Set(CurrentUser.ForSystem("seed"));
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }

        var seed = options.Value;
        if (!await userManager.Users.AnyAsync(cancellationToken) && !string.IsNullOrWhiteSpace(seed.AdminEmail) && !string.IsNullOrEmpty(seed.AdminPassword))
        {
            await CreateUserAsync(seed.AdminEmail, seed.AdminPassword, Roles.Admin, null, null);
            logger.LogInformation("Created the first admin {Email}", seed.AdminEmail);
        }

        if (seed.Demo)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (!await db.Partners.AnyAsync(cancellationToken))
            {
                await SeedDemoAsync(db, seed, cancellationToken);
            }
        }
    }

    private async Task SeedDemoAsync(PortalDbContext db, SeedOptions seed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var northwind = new Partner("Northwind IoT", now);
        var contoso = new Partner("Contoso Connect", now);
        db.Partners.AddRange(northwind, contoso);
        await db.SaveChangesAsync(cancellationToken);

        Customer[] customers =
        [
            new(northwind.Id, "Acme Logistics", ["fleet", "eu"], now),
            new(northwind.Id, "Blue Meters", ["metering"], now),
            new(northwind.Id, "City Bikes", ["mobility", "eu"], now),
            new(contoso.Id, "Delta Vending", ["vending"], now),
            new(contoso.Id, "Evergreen Farms", ["agri"], now),
        ];
        db.Customers.AddRange(customers);
        await db.SaveChangesAsync(cancellationToken);
        db.ServiceProfiles.AddRange(
            new ServiceProfile(customers[0].Id, "Fleet tracker (IMEI lock)", ImeiStatus.Armed),
            new ServiceProfile(customers[1].Id, "Smart meter", ImeiStatus.Neutral));
        db.DeviceModels.AddRange(DemoDeviceModels.Select(m => new Domain.Devices.DeviceModel(null, m.Tac, m.Manufacturer, m.Model)));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (email, role, tenant) in DemoUsers)
        {
            if (await userManager.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var customer = customers.FirstOrDefault(c => c.Name == tenant);
            var partnerId = customer?.PartnerId ?? (tenant == northwind.Name ? northwind.Id : null);
            await CreateUserAsync(email, seed.DemoPassword, role, partnerId, customer?.Id);
        }

        var random = new Random(2026);
        var thefts = new List<Network.DetectionInput>();
        string[] networks = ["MultiNet", "RoamNet 901", "EE"];
        var sims = new List<Sim>(seed.DemoSims);
        for (var i = 0; i < seed.DemoSims; i++)
        {
            var partner = i % 4 == 3 ? contoso : northwind;
            var owners = customers.Where(c => c.PartnerId == partner.Id).ToArray();
            // i / 7 decorrelates the customer from the IMEI scenario (i % 12), so every customer gets every status.
            var customer = i % 10 == 9 ? null : owners[i / 7 % owners.Length];
            var sim = new Sim(DemoIccid(i), partner.Id, now.AddDays(-90), DemoDigits("20801", i, 15), DemoDigits("3361", i, 11),
                networks[i % networks.Length], customer?.Id);
            if (ShapeDemoSim(sim, i, random, now))
            {
                // Stolen later through the real feed, so alarms, notifications and bar orders exist in the demo.
                thefts.Add(new Network.DetectionInput(null, sim.Iccid, DemoImei(random), now.AddMinutes(-random.Next(5, 600))));
            }

            sims.Add(sim);
        }

        db.Sims.AddRange(sims);
        await db.SaveChangesAsync(cancellationToken);
        db.ImeiStatusChanges.AddRange(sims.Where(s => s.ImeiStatus != ImeiStatus.Neutral)
            .Select(s => new ImeiStatusChange(s.Id, now.AddDays(-30), ImeiStatus.Neutral, s.ImeiStatus)));
        await db.SaveChangesAsync(cancellationToken);
        db.UsageRecords.AddRange(DemoUsage(sims.Where(s => s.Status == SimStatus.Active).Take(300), random, now));
        await db.SaveChangesAsync(cancellationToken);
        await SeedAlarmsAsync(northwind, customers[0]);
        var fed = await network.IngestAsync(thefts, cancellationToken);
        logger.LogInformation("Seeded demo data: 2 partners, {Customers} customers, {Sims} SIMs, {Thefts} thefts fed through the network feed", customers.Length, sims.Count, fed.Accepted);
    }

    /// <summary>Northwind bars a SIM seen in another device; Acme is also told by email. Both are real alarms users can edit.</summary>
    private async Task SeedAlarmsAsync(Partner northwind, Customer acme)
    {
        var partnerAdmin = await userManager.FindByEmailAsync(DemoUsers[1].Email);
        var customerAdmin = await userManager.FindByEmailAsync(DemoUsers[4].Email);
        await alarms.CreateAsync(new Alarms.SaveAlarmRequest(
            Domain.Alarms.AlarmType.ImeiStatusChange, "Stolen SIM: bar on another device", PartnerId: northwind.Id,
            Action: Domain.Alarms.AlarmAction.Bar, Enabled: true,
            Recipients: new Alarms.AlarmRecipients(UserIds: partnerAdmin is null ? null : [partnerAdmin.Id], Emails: ["noc@northwind.test"])));
        await alarms.CreateAsync(new Alarms.SaveAlarmRequest(
            Domain.Alarms.AlarmType.ImeiStatusChange, "Acme: device change", PartnerId: northwind.Id, CustomerId: acme.Id,
            Action: Domain.Alarms.AlarmAction.Notify, Enabled: true,
            Recipients: new Alarms.AlarmRecipients(UserIds: customerAdmin is null ? null : [customerAdmin.Id], Emails: ["fleet@acme.test"])));
    }

    /// <summary>Walks each SIM through real domain transitions so the demo shows every IMEI status.</summary>
    /// <returns>True when the SIM is to be "stolen" through the network feed once seeding is done.</returns>
    private static bool ShapeDemoSim(Sim sim, int i, Random random, DateTime now)
    {
        if (i % 20 == 0)
        {
            return false; // stays in Inventory
        }

        sim.Activate(enableImeiLock: i % 3 != 0);
        var device = DemoImei(random);
        var seenAt = now.AddDays(-random.Next(1, 60));
        switch (i % 12)
        {
            case 0: // Neutral, never seen
                break;
            case 1 or 2 or 4 or 5 or 7: // Armed -> Locked
                sim.ApplyDetection(device, seenAt);
                break;
            case 8: // Locked, then stolen (through the feed, below)
                sim.ApplyDetection(device, seenAt);
                return i % 50 != 13;
            case 10: // Pairing
                sim.ApplyDetection(device, seenAt);
                sim.ChangeImeiStatus(ImeiStatus.Neutral);
                sim.ChangeImeiStatus(ImeiStatus.Pairing);
                break;
            default: // Neutral or Armed waiting for a device; Neutral SIMs still report their IMEI
                if (sim.ImeiStatus == ImeiStatus.Neutral)
                {
                    sim.ApplyDetection(device, seenAt);
                }

                break;
        }

        if (i % 50 == 13)
        {
            sim.Suspend();
        }

        return false;
    }

    /// <summary>A month of daily data sessions, a few MB a day with the odd busy day, so usage charts have a shape.</summary>
    private static IEnumerable<Domain.Network.UsageRecord> DemoUsage(IEnumerable<Sim> sims, Random random, DateTime now)
    {
        foreach (var sim in sims)
        {
            var baseline = random.Next(1, 20);
            for (var day = 29; day >= 0; day--)
            {
                var start = now.Date.AddDays(-day).AddHours(random.Next(0, 20));
                var megabytes = baseline + random.Next(0, baseline) + (random.Next(10) == 0 ? random.Next(20, 80) : 0);
                yield return new Domain.Network.UsageRecord(null, sim.Id, sim.Iccid, start, start.AddMinutes(random.Next(5, 180)), megabytes * 1_048_576L, now);
            }
        }
    }

    /// <summary>Through the same service as an admin's "create user", so seeded users obey the same rules.</summary>
    private Task<Users.UserDto> CreateUserAsync(string email, string password, string role, int? partnerId, int? customerId) =>
        users.CreateAsync(new Users.CreateUserRequest(email, password, [role], customerId is null ? partnerId : null, customerId));

    internal static Iccid DemoIccid(int i)
    {
        var body = "894401" + i.ToString("D12", CultureInfo.InvariantCulture);
        return Iccid.Parse(body + Luhn.CheckDigit(body));
    }

    private static string DemoDigits(string prefix, int i, int length) =>
        prefix + i.ToString(CultureInfo.InvariantCulture).PadLeft(length - prefix.Length, '0');

    private static string DemoImei(Random random)
    {
        var body = DemoDeviceModels[random.Next(DemoDeviceModels.Length)].Tac + random.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        return body + Luhn.CheckDigit(body);
    }
}

public static class SeedRegistration
{
    /// <summary>Roles, the first Admin and (with <c>Seed:Demo</c>) the demo fleet, after the store is migrated.</summary>
    public static async Task SeedPortalAsync(this WebApplication app)
    {
        // Instances started together seed one at a time: the later ones find the first admin and the demo there.
        await using var startup = await app.Services.GetRequiredService<IStartupLock>().AcquireAsync(app.Lifetime.ApplicationStopping);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Seeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}
