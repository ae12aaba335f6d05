using System.Diagnostics;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Network;

/// <summary>
/// Every data session of the network asks authorize (FreeRADIUS in front, bench/radius): the SIM and its customer's lock
/// policy are read in one database command, not one each.
/// </summary>
public sealed class AuthorizeQueryTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    [Fact]
    public async Task AuthorizeAsync_SimOfACustomer_ReadsSimAndLockPolicyInOneCommand()
    {
        var imsi = NetworkSimKeyTests.NewImsi();
        await ActiveSimAsync(imsi, T.CustomerA1.Id);

        var (answer, commands) = await CountCommandsAsync(new AuthorizeRequest(null, EngineData.NewImei(), Imsi: imsi));

        Assert.Equal((SessionDecision.Accept, SessionReasonCode.Accepted), (answer.Decision, answer.ReasonCode));
        Assert.Equal(1, commands);
    }

    [Fact]
    public async Task AuthorizeAsync_SimOfNoCustomer_IsDecidedWithoutAPolicyInOneCommand()
    {
        var imsi = NetworkSimKeyTests.NewImsi();
        await ActiveSimAsync(imsi, customerId: null);

        var (answer, commands) = await CountCommandsAsync(new AuthorizeRequest(null, EngineData.NewImei(), Imsi: imsi));

        Assert.Equal((SessionDecision.Accept, SessionReasonCode.Accepted), (answer.Decision, answer.ReasonCode));
        Assert.Equal(1, commands);
    }

    private async Task ActiveSimAsync(string imsi, int? customerId)
    {
        var iccid = EngineData.NewIccid();
        await Factory.AsSystemAsync(sp => sp.GetRequiredService<SimService>()
            .CreateAsync(new CreateSimRequest(iccid, imsi, null, "MultiNet", T.PartnerA.Id, customerId)));
        var order = await EngineData.RunOrderAsync(Factory, iccid, new PlaceOrderRequest(OrderType.Activate));
        Assert.Equal(OrderState.Completed, order.State);
    }

    /// <summary>The commands EF executes in this call's own flow (other test classes run in the same process).</summary>
    private async Task<(AuthorizeResponse Answer, int Commands)> CountCommandsAsync(AuthorizeRequest request)
    {
        using var counter = new CommandCounter();
        var answer = await Factory.AsSystemAsync(async sp =>
        {
            counter.Counting.Value = true;
            return await sp.GetRequiredService<SessionAuthorizer>().AuthorizeAsync(request);
        });
        return (answer, counter.Count);
    }

    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public CommandCounter() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

        public AsyncLocal<bool> Counting { get; } = new();

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (Counting.Value && value.Key == RelationalEventId.CommandExecuted.Name)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
