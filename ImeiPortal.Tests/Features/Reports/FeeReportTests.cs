using System.Net;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Reports;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Features.Reports;

/// <summary>Each test has its own partner's data; the report is read by that partner, so tests do not see each other.</summary>
public sealed class FeeReportTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private static readonly DateTime March = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private async Task<string> SimWithHistoryAsync(int? customerId, params (DateTime At, ImeiStatus To)[] changes)
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerB.Id, customerId);
        await Factory.WithDbAsync(async db =>
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

    private async Task<List<FeeReportRow>> ReportAsync(string month, string role = Roles.PartnerAdmin)
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailB(role));
        return await (await client.GetAsync($"/api/reports/imei-lock-fees?month={month}")).ReadAsync<List<FeeReportRow>>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ImeiLockFees_MonthBoundaries_CountStatusAtStartAndChangesWithinOncePerSim()
    {
        var b1 = T.CustomerB1.Id;
        // Armed in February and still armed: chargeable in March and April.
        await SimWithHistoryAsync(b1, (March.AddDays(-10), ImeiStatus.Armed));
        // Locked for one second at the very end of March only.
        await SimWithHistoryAsync(b1, (March.AddMonths(1).AddSeconds(-1), ImeiStatus.Locked), (March.AddMonths(1), ImeiStatus.Neutral));
        // Many changes within March: still one SIM.
        await SimWithHistoryAsync(b1, (March.AddDays(1), ImeiStatus.Armed), (March.AddDays(2), ImeiStatus.Locked), (March.AddDays(3), ImeiStatus.Differed));
        // Pairing and Neutral are free.
        await SimWithHistoryAsync(b1, (March.AddDays(-40), ImeiStatus.Pairing), (March.AddDays(5), ImeiStatus.Neutral));
        // Switched off exactly at the month's start: not chargeable in March.
        await SimWithHistoryAsync(b1, (March.AddDays(-3), ImeiStatus.Armed), (March, ImeiStatus.Neutral));
        // No customer.
        await SimWithHistoryAsync(null, (March.AddDays(4), ImeiStatus.Armed));

        var march = await ReportAsync("2026-03");
        Assert.Equal([new FeeReportRow(b1, 3), new FeeReportRow(null, 1)], march);
        var april = await ReportAsync("2026-04");
        Assert.Equal([new FeeReportRow(b1, 2), new FeeReportRow(null, 1)], april);
        Assert.Empty(await ReportAsync("2025-12"));
    }

    [Fact]
    public async Task ImeiLockFees_OtherTenant_SeesOnlyItsOwnSims()
    {
        await SimWithHistoryAsync(T.CustomerB1.Id, (new DateTime(2027, 5, 3, 0, 0, 0, DateTimeKind.Utc), ImeiStatus.Armed));
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var rows = await (await client.GetAsync("/api/reports/imei-lock-fees?month=2027-05")).ReadAsync<List<FeeReportRow>>(HttpStatusCode.OK);
        Assert.Empty(rows);
        Assert.Equal([new FeeReportRow(T.CustomerB1.Id, 1)], await ReportAsync("2027-05", Roles.CustomerReadOnly));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-3")]
    [InlineData("March")]
    [InlineData("")]
    public async Task ImeiLockFees_BadMonth_Returns400(string month)
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var problem = await (await client.GetAsync($"/api/reports/imei-lock-fees?month={month}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("month", out _));
    }
}
