using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using ImeiPortal.Features.Operations;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Operations;

public sealed class PortalMetricsTests(PortalFactory fixture) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Meter_FeedTheftOrderAndExport_AreCounted()
    {
        // The host's own meter (the factory hands out one instance per name), so other test hosts do not add to it.
        var meter = fixture.Services.GetRequiredService<IMeterFactory>().Create(PortalMetrics.MeterName);
        var counts = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            counts.AddOrUpdate(instrument.Name, value, (_, c) => c + value);
            if (tags.Length > 0)
            {
                var key = instrument.Name + string.Concat(tags.ToArray().Select(t => $"|{t.Key}={t.Value}"));
                counts.AddOrUpdate(key, value, (_, c) => c + value);
            }
        });
        listener.Start();
        var tenants = await Tenants.CreateAsync(fixture);
        var iccid = await EngineData.CreateActiveSimAsync(fixture, tenants.PartnerA.Id, enableImeiLock: true);

        var feed = fixture.NetworkClient();
        (await feed.PostAsJsonAsync("/api/network/detections", new[] { new { iccid, imei = EngineData.NewImei("35209900"), observedAt = EngineData.T0 } })).EnsureSuccessStatusCode();
        (await feed.PostAsJsonAsync("/api/network/detections", new[] { new { iccid, imei = EngineData.NewImei("35332211"), observedAt = EngineData.T0.AddMinutes(1) } })).EnsureSuccessStatusCode();
        var admin = await fixture.ClientAsAsync(PortalFactory.AdminEmail);
        (await admin.GetAsync("/api/exports/sims.csv")).EnsureSuccessStatusCode();
        listener.RecordObservableInstruments();

        Assert.Equal(2, counts.GetValueOrDefault("imeiportal.detections.ingested"));
        Assert.Equal(1, counts.GetValueOrDefault("imeiportal.imei_lock.triggers"));
        Assert.Equal(1, counts.GetValueOrDefault("imeiportal.orders|type=Activate|state=Completed"));
        Assert.Equal(1, counts.GetValueOrDefault("imeiportal.export.rows|list=Sims|format=Csv"));
    }
}
