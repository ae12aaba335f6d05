using System.Net;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Reports;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using System.Text;
using ImeiPortal.Features.Exports;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Reports;

/// <summary>Each test has its own partner's data; the report is read by that partner, so tests do not see each other.</summary>
public sealed class FeeReportTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private static readonly DateTime March = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private Task<string> SimWithHistoryAsync(int? customerId, params (DateTime At, ImeiStatus To)[] changes) =>
        EngineData.CreateSimWithImeiHistoryAsync(Factory, T.PartnerB.Id, customerId, changes);

    /// <summary>The service as partner B's admin sees it, with the claims a real sign-in gives.</summary>
    private Task<TResult> AsPartnerAdminBAsync<TResult>(Func<IServiceProvider, Task<TResult>> work) =>
        Factory.AsUserAsync(Tenants.EmailB(Roles.PartnerAdmin), work);

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

    /// <summary>A customer of partner B of this test's own, as SIMs of other tests stay chargeable in later months.</summary>
    private Task<ImeiPortal.Features.Customers.CustomerDto> NewCustomerBAsync() =>
        Factory.AsSystemAsync(sp => sp.GetRequiredService<ImeiPortal.Features.Customers.CustomerService>()
            .CreateAsync(new ImeiPortal.Features.Customers.CreateCustomerRequest("Fees " + Guid.NewGuid().ToString("N")[..6], T.PartnerB.Id, null)));

    [Fact]
    public async Task ImeiLockFeeReport_PartnerAdmin_NamesPartnerAndCustomersWithTheApisCounts()
    {
        var june = new DateTime(2028, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var customer = await NewCustomerBAsync();
        await SimWithHistoryAsync(customer.Id, (june.AddDays(2), ImeiStatus.Armed));
        await SimWithHistoryAsync(customer.Id, (june.AddDays(-2), ImeiStatus.Locked));
        await SimWithHistoryAsync(customer.Id, (june.AddDays(3), ImeiStatus.Pairing));
        await SimWithHistoryAsync(T.CustomerB1.Id, (june.AddDays(3), ImeiStatus.Differed));

        var report = await AsPartnerAdminBAsync(sp => sp.GetRequiredService<FeeReportService>().GetImeiLockFeeReportAsync("2028-06"));

        Assert.Equal("2028-06", report.Month);
        var api = await ReportAsync("2028-06");
        Assert.Equal(api.Select(r => (r.CustomerId, r.ChargeableSims)).Order(), report.Lines.Select(l => (l.CustomerId, l.ChargeableSims)).Order());
        Assert.Contains(new FeeReportLine(T.PartnerB.Id, T.PartnerB.Name, customer.Id, customer.Name, 2), report.Lines);
        Assert.All(report.Lines, l => Assert.Equal((T.PartnerB.Id, T.PartnerB.Name), (l.PartnerId, l.PartnerName)));
        Assert.Equal(api.Sum(r => r.ChargeableSims), report.Total);
        Assert.Equal([(T.PartnerB.Id, T.PartnerB.Name, report.Total)], report.ByPartner);
    }

    [Fact]
    public async Task WriteImeiLockFees_Csv_HasReadableHeadersNamesAndIds()
    {
        var july = new DateTime(2028, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        var customer = await NewCustomerBAsync();
        await SimWithHistoryAsync(customer.Id, (july.AddDays(1), ImeiStatus.Armed));
        using var output = new MemoryStream();

        var name = await AsPartnerAdminBAsync(sp => sp.GetRequiredService<FeeReportService>().WriteImeiLockFeesAsync("2028-07", ExportFormat.Csv, output));

        Assert.Equal("imei-lock-fees-2028-07.csv", name);
        var lines = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Partner,Customer,Chargeable SIMs,Partner id,Customer id", lines[0]);
        Assert.Contains($"{T.PartnerB.Name},{customer.Name},1,{T.PartnerB.Id},{customer.Id}", lines[1..]);
    }
}
