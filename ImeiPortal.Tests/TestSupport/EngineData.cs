using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Sims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>SIMs, orders and detections for feature tests: unique per call, made through the real services and API.</summary>
internal static class EngineData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static readonly DateTime T0 = new(2026, 1, 10, 8, 0, 0, DateTimeKind.Utc);

    public static string NewIccid()
    {
        var body = "8944" + RandomNumberGenerator.GetInt32(0, int.MaxValue).ToString("D10", CultureInfo.InvariantCulture)
            + RandomNumberGenerator.GetInt32(0, 100000).ToString("D5", CultureInfo.InvariantCulture)[..4];
        return body + Luhn.CheckDigit(body);
    }

    /// <summary>A valid IMEI with a random serial on <paramref name="tac"/>.</summary>
    public static string NewImei(string tac = "35209900")
    {
        var body = tac + RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        return body + Luhn.CheckDigit(body);
    }

    public static async Task<string> CreateSimAsync(PortalFactory factory, int partnerId, int? customerId = null)
    {
        var iccid = NewIccid();
        await factory.AsSystemAsync(sp => sp.GetRequiredService<SimService>().CreateAsync(new CreateSimRequest(iccid, null, null, "MultiNet", partnerId, customerId)));
        return iccid;
    }

    /// <summary>A new SIM whose IMEI status history (for the fee report) is <paramref name="changes"/>, starting from Neutral.</summary>
    public static async Task<string> CreateSimWithImeiHistoryAsync(PortalFactory factory, int partnerId, int? customerId, params (DateTime At, ImeiStatus To)[] changes)
    {
        var iccid = await CreateSimAsync(factory, partnerId, customerId);
        await factory.WithDbAsync(async db =>
        {
            var sim = await db.Sims.SingleAsync(s => s.Iccid == iccid);
            ImeiStatus? from = ImeiStatus.Neutral;
            foreach (var (at, to) in changes)
            {
                db.ImeiStatusChanges.Add(new ImeiStatusChange(sim.Id, at, from, to));
                from = to;
            }

            return await db.SaveChangesAsync();
        });
        return iccid;
    }

    public static async Task<SimDto> GetSimAsync(PortalFactory factory, string iccid) =>
        await factory.AsSystemAsync(sp => sp.GetRequiredService<SimService>().GetAsync(iccid));

    /// <summary>Places an order as the system and waits for the worker to finish it.</summary>
    public static async Task<OrderDto> RunOrderAsync(PortalFactory factory, string iccid, PlaceOrderRequest request)
    {
        var order = await factory.AsSystemAsync(sp => sp.GetRequiredService<OrderService>().PlaceAsync(iccid, request));
        return await WaitAsync(factory, order.Id);
    }

    public static async Task<string> CreateActiveSimAsync(PortalFactory factory, int partnerId, int? customerId = null, bool enableImeiLock = false)
    {
        var iccid = await CreateSimAsync(factory, partnerId, customerId);
        var order = await RunOrderAsync(factory, iccid, new PlaceOrderRequest(OrderType.Activate, EnableImeiLock: enableImeiLock));
        Assert.Equal(OrderState.Completed, order.State);
        return iccid;
    }

    public static async Task<OrderDto> WaitAsync(PortalFactory factory, long orderId, int seconds = 25)
    {
        // Generous for a loaded machine, yet under the worker's 30-second poll: an order only the poll would pick up
        // (a lost wake) still fails the test.
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var order = await factory.AsSystemAsync(sp => sp.GetRequiredService<OrderService>().GetAsync(orderId));
            if (order.State != OrderState.Pending || DateTime.UtcNow > deadline)
            {
                return order;
            }

            await Task.Delay(50);
        }
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, $"Expected {expected} but got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected) =>
        await response.ReadAsync<JsonElement>(expected);

    public static object Detection(string iccid, string? imei, DateTime observedAt, string? detectionId = null) =>
        new { detectionId, iccid, imei, observedAt };
}
