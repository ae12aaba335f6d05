using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Notifications;

/// <summary>Each webhook alarm signs with its own portal-generated secret, shown once and rotatable.</summary>
public class WebhookSecretTests(DispatcherFactory factory) : TenantTests<DispatcherFactory>(factory)
{
    private NotificationDispatcher Dispatcher => Factory.Services.GetRequiredService<NotificationDispatcher>();

    [Fact]
    public async Task Create_WithWebhookUrl_ReturnsSecretOnceAndTheWebhookVerifiesWithIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));

        var created = await CreateAsync(client, [sim.Iccid], receiver.Url);
        var secret = created.GetProperty("webhookSecret").GetString()!;
        var id = created.GetProperty("id").GetInt32();
        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);
        await Dispatcher.DispatchDueAsync();

        Assert.True(Base64UrlLength(secret) >= 32, secret);
        var (body, signature) = Assert.Single(receiver.Received);
        Assert.Equal(Signature(body, secret), signature);
        Assert.False((await client.GetFromJsonAsync<JsonElement>($"/api/alarms/{id}")).TryGetProperty("webhookSecret", out _));
        var stored = await StoredSecretAsync(id);
        Assert.DoesNotContain(secret, stored ?? "", StringComparison.Ordinal);
        var journal = await Factory.WithDbAsync(db => db.Journal.Where(j => j.Entity == "Alarm" && j.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(j => j.Before + j.After).ToListAsync());
        Assert.NotEmpty(journal);
        Assert.All(journal, j => Assert.DoesNotContain(stored!, j, StringComparison.Ordinal));
        var withoutWebhook = await CreateAsync(client, [sim.Iccid], webhookUrl: null);
        Assert.False(withoutWebhook.TryGetProperty("webhookSecret", out _));
        Assert.Null(await StoredSecretAsync(withoutWebhook.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task RotateSecret_EachCall_NewSecretSignsAndTheOldOneNoLongerVerifies()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var first = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var second = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));
        var created = await CreateAsync(client, [first.Iccid, second.Iccid], receiver.Url);
        var id = created.GetProperty("id").GetInt32();
        var original = created.GetProperty("webhookSecret").GetString()!;

        var rotated = await RotateAsync(client, id, HttpStatusCode.OK);
        var again = await RotateAsync(client, id, HttpStatusCode.OK);
        await AlarmTestData.TriggerAsync(Factory, second.Iccid);
        await Dispatcher.DispatchDueAsync();

        Assert.Equal(3, new[] { original, rotated, again }.Distinct(StringComparer.Ordinal).Count());
        var (body, signature) = Assert.Single(receiver.Received);
        Assert.Equal(Signature(body, again), signature);
        Assert.NotEqual(Signature(body, rotated), signature);
        Assert.NotEqual(Signature(body, original), signature);
    }

    [Fact]
    public async Task RotateSecret_ReadOnlyRoleOrOtherTenant_RefusedAndSecretUnchanged()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var customerAdmin = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerAdmin));
        var customerAlarm = (await CreateAsync(customerAdmin, [sim.Iccid], "https://hooks.example.com/a1")).GetProperty("id").GetInt32();
        var partnerAlarm = (await CreateAsync(await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin)), [sim.Iccid], "https://hooks.example.com/a"))
            .GetProperty("id").GetInt32();
        var before = (await StoredSecretAsync(customerAlarm), await StoredSecretAsync(partnerAlarm));

        await RotateAsAsync(Tenants.EmailA(Roles.PartnerReadOnly), partnerAlarm, HttpStatusCode.Forbidden);
        await RotateAsAsync(Tenants.EmailA(Roles.CustomerUser), customerAlarm, HttpStatusCode.Forbidden);
        await RotateAsAsync(Tenants.EmailA(Roles.CustomerReadOnly), customerAlarm, HttpStatusCode.Forbidden);
        await RotateAsAsync(Tenants.EmailA(Roles.CustomerAdmin), partnerAlarm, HttpStatusCode.NotFound);
        await RotateAsAsync(Tenants.EmailB(Roles.PartnerAdmin), partnerAlarm, HttpStatusCode.NotFound);
        await RotateAsAsync(Tenants.EmailB(Roles.CustomerAdmin), customerAlarm, HttpStatusCode.NotFound);

        Assert.Equal(before, (await StoredSecretAsync(customerAlarm), await StoredSecretAsync(partnerAlarm)));
        Assert.NotNull(before.Item1);
        await RotateAsAsync(Tenants.EmailA(Roles.CustomerAdmin), customerAlarm, HttpStatusCode.OK);
    }

    [Fact]
    public async Task RotateSecret_AlarmWithoutWebhook_Returns409()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var id = (await CreateAsync(client, [sim.Iccid], webhookUrl: null)).GetProperty("id").GetInt32();

        await RotateAsync(client, id, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task DispatchDue_WebhookAlarmFromBeforeSecrets_GetsItsOwnSecretAtFirstUse()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "legacy", Iccids: [sim.Iccid],
            Recipients: new AlarmRecipients(WebhookUrl: receiver.Url)));
        await Factory.WithDbAsync(db => db.Alarms.Where(a => a.Id == alarm.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.WebhookSecret, (string?)null)));
        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);

        await Dispatcher.DispatchDueAsync();

        var stored = await StoredSecretAsync(alarm.Id);
        Assert.NotNull(stored);
        var secret = Factory.Services.GetRequiredService<WebhookSecrets>().Reveal(stored);
        var (body, signature) = Assert.Single(receiver.Received);
        Assert.Equal(Signature(body, secret), signature);
        Assert.NotEqual(Signature(body, ""), signature);
    }

    /// <summary>The receiver's check as the README shows it, against a real delivery.</summary>
    [Fact]
    public async Task ReceiverExample_FromTheReadme_AcceptsTheDeliveryAndRefusesAChangedBody()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var id = (await CreateAsync(client, [sim.Iccid], receiver.Url)).GetProperty("id").GetInt32();
        var secret = await RotateAsync(client, id, HttpStatusCode.OK);
        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);

        await Dispatcher.DispatchDueAsync();

        var (body, signature) = Assert.Single(receiver.Received);
        Assert.True(IsFromPortal(body, signature, secret));
        Assert.False(IsFromPortal([.. body, (byte)' '], signature, secret));
        Assert.False(IsFromPortal(body, signature, secret + "x"));
        Assert.False(IsFromPortal(body, null, secret));
    }

    // Verbatim from README.md (Security notes, receiving a webhook).
    private static bool IsFromPortal(byte[] body, string? signatureHeader, string secret)
    {
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
        return signatureHeader is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signatureHeader));
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, string[] iccids, string? webhookUrl)
    {
        var response = await client.PostAsJsonAsync("/api/alarms", new
        {
            type = "ImeiStatusChange",
            name = "Hook " + Guid.NewGuid(),
            iccids,
            action = "Notify",
            enabled = true,
            recipients = new { webhookUrl },
        });
        return await response.ReadAsync<JsonElement>(HttpStatusCode.Created);
    }

    private async Task RotateAsAsync(string email, int alarmId, HttpStatusCode expected) =>
        await RotateAsync(await Factory.ClientAsAsync(email), alarmId, expected);

    private static async Task<string> RotateAsync(HttpClient client, int alarmId, HttpStatusCode expected)
    {
        var response = await client.PostAsync($"/api/alarms/{alarmId}/webhook-secret", null);
        var json = await response.ReadAsync<JsonElement>(expected);
        return expected == HttpStatusCode.OK ? json.GetProperty("secret").GetString()! : "";
    }

    private Task<string?> StoredSecretAsync(int alarmId) =>
        Factory.WithDbAsync(db => db.Alarms.Where(a => a.Id == alarmId).Select(a => a.WebhookSecret).SingleAsync());

    /// <summary>What a receiver computes: HMAC-SHA256 of the raw body, keyed with the secret's UTF-8 text.</summary>
    private static string Signature(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private static int Base64UrlLength(string secret) => Convert.FromBase64String(
        secret.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (secret.Length % 4)) % 4)).Length;
}
