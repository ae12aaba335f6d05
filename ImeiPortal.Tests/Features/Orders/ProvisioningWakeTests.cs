using ImeiPortal.Domain.Orders;
using ImeiPortal.Features.Orders;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Orders;

/// <summary>The worker polls once an hour: whatever it does sooner, a signal made it do.</summary>
public sealed class HourlyPollProvisioningFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Provisioning:PollSeconds"] = "3600" };
}

public sealed class ProvisioningWakeTests(HourlyPollProvisioningFactory factory) : TenantTests<HourlyPollProvisioningFactory>(factory)
{
    [Fact]
    public async Task Place_NoDelayAndHourlyPoll_CompletedWithinTwoSeconds()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);

        var order = await Factory.AsSystemAsync(sp => sp.GetRequiredService<OrderService>().PlaceAsync(iccid, new PlaceOrderRequest(OrderType.Activate)));

        Assert.Equal(OrderState.Completed, (await WaitAsync(Factory, order.Id, TimeSpan.FromSeconds(2))).State);
    }

    [Fact]
    public async Task Place_OneSecondDelayAndHourlyPoll_CompletedWhenDue()
    {
        using var delayed = new ConfiguredPortalFactory(new Dictionary<string, string?>
        {
            ["Provisioning:PollSeconds"] = "3600",
            ["Provisioning:DelaySeconds"] = "1",
        });
        var t = await Tenants.CreateAsync(delayed);
        var iccid = await EngineData.CreateSimAsync(delayed, t.PartnerA.Id);

        // Due a second from now: the placing signal finds nothing due yet, so the round must wake itself when it is.
        var order = await delayed.AsSystemAsync(sp => sp.GetRequiredService<OrderService>().PlaceAsync(iccid, new PlaceOrderRequest(OrderType.Activate)));

        var done = await WaitAsync(delayed, order.Id, TimeSpan.FromSeconds(3));
        Assert.Equal(OrderState.Completed, done.State);
        Assert.True(done.CompletedAt >= done.CreatedAt.AddSeconds(1), $"completed at {done.CompletedAt:O}, placed at {done.CreatedAt:O}");
    }

    private static async Task<OrderDto> WaitAsync(PortalFactory portal, long orderId, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var order = await portal.AsSystemAsync(sp => sp.GetRequiredService<OrderService>().GetAsync(orderId));
            if (order.State != OrderState.Pending || DateTime.UtcNow > deadline)
            {
                return order;
            }

            await Task.Delay(25);
        }
    }
}
