using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.RegularExpressions;
using ImeiPortal.Domain.Accounts;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Account;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.ApiKeys;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.DeviceModels;
using ImeiPortal.Features.Exports;
using ImeiPortal.Features.Incidents;
using ImeiPortal.Features.Journal;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Partners;
using ImeiPortal.Features.Reports;
using ImeiPortal.Features.Sims;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Api;

public enum Tenant
{
    Own,
    Other,
}

/// <summary>The API keys the matrix calls with: partner A's with one scope each, customer A1's with all but feed, the platform's feed key.</summary>
public enum KeyKind
{
    PartnerRead,
    PartnerOrders,
    PartnerAlarms,
    CustomerAll,
    PlatformFeed,
}

/// <summary>
/// Every /api endpoint x every role x own/other tenant, through HTTP and through the services the pages call.
/// One row per endpoint: how to build the request (and the equivalent service call) and the status each role
/// gets on its own tenant's resource, in the order of <see cref="Roles.All"/>. On the other tenant's resource
/// every role but Admin gets 404, unless the row says otherwise (lists answer 200 with nothing of the other tenant).
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.World world) : IClassFixture<AuthorizationMatrixTests.World>
{
    //                                                                     Admin PAdm PUsr PRO  CAdm CUsr CRO
    private static readonly MatrixRow[] Rows =
    [
        Row("GET /api/partners", "200 200 200 200 200 200 200", (w, t) => Get("/api/partners"),
            (sp, w, t) => sp.GetRequiredService<PartnerService>().ListAsync(), other: Same),
        Row("GET /api/partners/{id}", "200 200 200 200 200 200 200", (w, t) => Get($"/api/partners/{w.Partner(t)}"),
            (sp, w, t) => sp.GetRequiredService<PartnerService>().GetAsync(w.Partner(t))),
        Row("POST /api/partners", "201 403 403 403 403 403 403", (w, t) => Send(HttpMethod.Post, "/api/partners", new { name = Unique("P") }),
            (sp, w, t) => sp.GetRequiredService<PartnerService>().CreateAsync(new CreatePartnerRequest(Unique("P"))), other: Same),

        // Only the platform admin, or the partner's own admin, decides whether its users need a second factor.
        Row("PUT /api/partners/{id}/two-factor", "200 200 403 403 403 403 403", (w, t) => Send(HttpMethod.Put, $"/api/partners/{w.Partner(t)}/two-factor", new { required = false }),
            (sp, w, t) => sp.GetRequiredService<PartnerService>().SetTwoFactorRequiredAsync(w.Partner(t), new PartnerTwoFactorRequest(false)),
            keys: "403 403 403 403 403 | 404 404 404 404 403"),
        // The caller's own account: every user may, whatever the tenant; an API key has no account.
        Row("POST /api/account/mfa/enroll", "200 200 200 200 200 200 200", (w, t) => Send(HttpMethod.Post, "/api/account/mfa/enroll"),
            (sp, w, t) => sp.GetRequiredService<TwoFactorService>().EnrollAsync(), other: Same, keys: "403 403 403 403 403 | 403 403 403 403 403"),
        Row("POST /api/account/mfa/verify", "400 400 400 400 400 400 400", (w, t) => Send(HttpMethod.Post, "/api/account/mfa/verify", new { code = "abc" }),
            service: null, other: Same, keys: "403 403 403 403 403 | 403 403 403 403 403"),
        Row("DELETE /api/account/mfa", "204 204 204 204 204 204 204", (w, t) => Send(HttpMethod.Delete, "/api/account/mfa"),
            (sp, w, t) => sp.GetRequiredService<TwoFactorService>().DisableAsync(), other: Same, keys: "403 403 403 403 403 | 403 403 403 403 403"),

        Row("GET /api/customers", "200 200 200 200 200 200 200", (w, t) => Get($"/api/customers?partnerId={w.Partner(t)}"),
            (sp, w, t) => sp.GetRequiredService<CustomerService>().ListAsync(new CustomerQuery(PartnerId: w.Partner(t))), other: Same),
        Row("GET /api/customers/{id}", "200 200 200 200 200 200 200", (w, t) => Get($"/api/customers/{w.Customer(t)}"),
            (sp, w, t) => sp.GetRequiredService<CustomerService>().GetAsync(w.Customer(t))),
        Row("POST /api/customers", "201 201 403 403 404 404 404", (w, t) => Send(HttpMethod.Post, "/api/customers", new { name = Unique("C"), partnerId = w.Partner(t) }),
            (sp, w, t) => sp.GetRequiredService<CustomerService>().CreateAsync(new CreateCustomerRequest(Unique("C"), w.Partner(t), null)), keys: "403 403 403 404 403 | 404 404 404 404 403"),
        Row("PUT /api/customers/{id}", "200 200 403 403 403 403 403",
            (w, t) => Send(HttpMethod.Put, $"/api/customers/{w.Customer(t)}", new { name = w.CustomerName(t), tags = new[] { "fleet" } }),
            (sp, w, t) => sp.GetRequiredService<CustomerService>().UpdateAsync(w.Customer(t), new UpdateCustomerRequest(w.CustomerName(t), ["fleet"]))),
        // A fresh, empty customer: customer users do not see it at all.
        Row("DELETE /api/customers/{id}", "204 204 403 403 404 404 404", async (w, t) => await Send(HttpMethod.Delete, $"/api/customers/{await w.FreshCustomerAsync(t)}"),
            async (sp, w, t) => await sp.GetRequiredService<CustomerService>().DeleteAsync(await w.FreshCustomerAsync(t))),
        Row("GET /api/customers/{id}/services", "200 200 200 200 200 200 200", (w, t) => Get($"/api/customers/{w.Customer(t)}/services"),
            (sp, w, t) => sp.GetRequiredService<CustomerService>().ListServicesAsync(w.Customer(t))),
        Row("POST /api/customers/{id}/services", "201 201 403 403 403 403 403",
            (w, t) => Send(HttpMethod.Post, $"/api/customers/{w.Customer(t)}/services", new { name = Unique("S"), defaultImeiStatus = "Armed" }),
            (sp, w, t) => sp.GetRequiredService<CustomerService>().CreateServiceAsync(w.Customer(t), new SaveServiceProfileRequest(Unique("S"), ImeiStatus.Armed))),

        Row("GET /api/users", "200 200 200 200 200 200 200", (w, t) => Get($"/api/users?customerId={w.Customer(t)}"),
            (sp, w, t) => sp.GetRequiredService<UserService>().ListAsync(new UserQuery(CustomerId: w.Customer(t))), other: Same),
        Row("GET /api/users/{id}", "200 200 200 200 200 200 200", (w, t) => Get($"/api/users/{w.TargetUser(t)}"),
            (sp, w, t) => sp.GetRequiredService<UserService>().GetAsync(w.TargetUser(t))),
        Row("POST /api/users", "201 201 403 403 201 403 403",
            (w, t) => Send(HttpMethod.Post, "/api/users", new { email = Unique("u") + "@m.test", password = PortalFactory.Password, roles = new[] { Roles.CustomerReadOnly }, customerId = w.Customer(t) }),
            (sp, w, t) => sp.GetRequiredService<UserService>().CreateAsync(new CreateUserRequest(Unique("u") + "@m.test", PortalFactory.Password, [Roles.CustomerReadOnly], null, w.Customer(t))), keys: "403 403 403 403 403 | 404 404 404 404 403"),
        Row("PUT /api/users/{id}", "200 200 403 403 200 403 403", (w, t) => Send(HttpMethod.Put, $"/api/users/{w.TargetUser(t)}", new { active = true }),
            (sp, w, t) => sp.GetRequiredService<UserService>().UpdateAsync(w.TargetUser(t), new UpdateUserRequest(null, true))),
        // A lost authenticator: whoever manages the user resets it; never an API key (a leaked key must not strip a second factor).
        Row("DELETE /api/users/{id}/mfa", "204 204 403 403 204 403 403", (w, t) => Send(HttpMethod.Delete, $"/api/users/{w.TargetUser(t)}/mfa"),
            (sp, w, t) => sp.GetRequiredService<UserService>().ResetTwoFactorAsync(w.TargetUser(t)), keys: "403 403 403 403 403 | 403 403 403 403 403"),

        // Keys follow the users' rule: whoever manages the tenant's users manages its keys; every role may list them.
        Row("GET /api/api-keys", "200 200 200 200 200 200 200", (w, t) => Get("/api/api-keys"),
            (sp, w, t) => sp.GetRequiredService<ApiKeyService>().ListAsync(), other: Same, keys: "200 403 200 200 403 | 200 403 200 200 403"),
        Row("POST /api/api-keys", "201 201 403 403 201 403 403",
            (w, t) => Send(HttpMethod.Post, "/api/api-keys", new { name = Unique("k"), scopes = new[] { "read" }, customerId = w.Customer(t) }),
            (sp, w, t) => sp.GetRequiredService<ApiKeyService>().CreateAsync(new CreateApiKeyRequest(Unique("k"), ["read"], null, w.Customer(t), null)),
            keys: "403 403 403 403 403 | 404 404 404 404 403"),
        Row("DELETE /api/api-keys/{id}", "204 204 403 403 204 403 403", async (w, t) => await Send(HttpMethod.Delete, $"/api/api-keys/{await w.FreshApiKeyAsync(t)}"),
            async (sp, w, t) => await sp.GetRequiredService<ApiKeyService>().RevokeAsync(await w.FreshApiKeyAsync(t)),
            keys: "403 403 403 403 403 | 404 404 404 404 403"),

        Row("GET /api/sims", "200 200 200 200 200 200 200", (w, t) => Get($"/api/sims?customerId={w.Customer(t)}"),
            (sp, w, t) => sp.GetRequiredService<SimService>().ListAsync(new SimQuery(CustomerId: w.Customer(t))), other: Same, keys: "200 403 200 200 403 | 200 403 200 200 403"),
        Row("GET /api/sims/{iccid}", "200 200 200 200 200 200 200", (w, t) => Get($"/api/sims/{w.Sim(t)}"),
            (sp, w, t) => sp.GetRequiredService<SimService>().GetAsync(w.Sim(t)), keys: "200 403 200 200 403 | 404 403 404 404 403"),
        Row("GET /api/sims/{iccid}/details", "200 200 200 200 200 200 200", (w, t) => Get($"/api/sims/{w.Sim(t)}/details"),
            (sp, w, t) => sp.GetRequiredService<SimService>().GetDetailsAsync(w.Sim(t))),
        Row("POST /api/sims", "201 201 201 403 403 403 403", (w, t) => Send(HttpMethod.Post, "/api/sims", new { iccid = EngineData.NewIccid(), partnerId = w.Partner(t) }),
            (sp, w, t) => sp.GetRequiredService<SimService>().CreateAsync(new CreateSimRequest(EngineData.NewIccid(), null, null, null, w.Partner(t), null))),
        // A bulk call reports another tenant's partner per item (200, nothing created) rather than failing the batch.
        Row("POST /api/sims/bulk", "200 200 200 403 403 403 403", (w, t) => Send(HttpMethod.Post, "/api/sims/bulk", new[] { new { iccid = EngineData.NewIccid(), partnerId = w.Partner(t) } }),
            (sp, w, t) => sp.GetRequiredService<SimService>().CreateManyAsync([new CreateSimRequest(EngineData.NewIccid(), null, null, null, w.Partner(t), null)]), other: Same),
        Row("PUT /api/sims/{iccid}/customer", "200 200 200 403 403 403 403", (w, t) => Send(HttpMethod.Put, $"/api/sims/{w.Sim(t)}/customer", new { customerId = w.Customer(t) }),
            (sp, w, t) => sp.GetRequiredService<SimService>().AssignCustomerAsync(w.Sim(t), new AssignCustomerRequest(w.Customer(t)))),

        // Lock policies (API.md additions): the SIM's lock settings are a customer's lever like its IMEI status; the
        // customer's policy is its admin's and the partner's; the device model catalogue is the platform's and the partner's.
        Row("PUT /api/sims/{iccid}/lock", "200 200 200 403 200 200 403", (w, t) => Send(HttpMethod.Put, $"/api/sims/{w.Sim(t)}/lock", new { lockScope = "Device" }),
            (sp, w, t) => sp.GetRequiredService<SimService>().ChangeLockAsync(w.Sim(t), new ChangeLockRequest(null, LockScope.Device))),
        Row("GET /api/sims/{iccid}/device-swap", "200 200 200 200 200 200 200", (w, t) => Get($"/api/sims/{w.Sim(t)}/device-swap?maxAgeHours=24"),
            (sp, w, t) => sp.GetRequiredService<SimService>().CheckDeviceSwapAsync(w.Sim(t), 24)),
        Row("GET /api/customers/{id}/lock-policy", "200 200 200 200 200 200 200", (w, t) => Get($"/api/customers/{w.Customer(t)}/lock-policy"),
            (sp, w, t) => sp.GetRequiredService<CustomerService>().GetLockPolicyAsync(w.Customer(t))),
        Row("PUT /api/customers/{id}/lock-policy", "200 200 200 403 200 403 403", (w, t) => Send(HttpMethod.Put, $"/api/customers/{w.Customer(t)}/lock-policy", new { allowedTacs = Array.Empty<string>() }),
            (sp, w, t) => sp.GetRequiredService<CustomerService>().UpdateLockPolicyAsync(w.Customer(t), new LockPolicyDto([], null, null))),
        Row("POST /api/device-models", "200 200 403 403 403 403 403",
            (w, t) => Send(HttpMethod.Post, "/api/device-models", new[] { new { tac = "35209900", manufacturer = "Matrix", model = "M1" } }),
            (sp, w, t) => sp.GetRequiredService<DeviceModelService>().ImportAsync([new DeviceModelItem("35209900", "Matrix", "M1")]), other: Same),
        Row("GET /api/device-models", "200 200 200 200 200 200 200", (w, t) => Get("/api/device-models?tac=352"),
            (sp, w, t) => sp.GetRequiredService<DeviceModelService>().ListAsync("352"), other: Same),

        // IMEI status is a customer's lever; lifecycle orders are the partner's. Each call gets a fresh active SIM.
        Row("POST /api/sims/{iccid}/orders", "202 202 202 403 202 202 403",
            async (w, t) => await Send(HttpMethod.Post, $"/api/sims/{await w.FreshSimAsync(t)}/orders", new { type = "ImeiStatus", imeiStatus = "Armed" }),
            async (sp, w, t) => await sp.GetRequiredService<OrderService>().PlaceAsync(await w.FreshSimAsync(t), new PlaceOrderRequest(OrderType.ImeiStatus, ImeiStatus.Armed)), keys: "403 202 403 202 403 | 404 404 404 404 403"),
        Row("POST /api/sims/{iccid}/orders", "202 202 202 403 403 403 403",
            async (w, t) => await Send(HttpMethod.Post, $"/api/sims/{await w.FreshSimAsync(t)}/orders", new { type = "Suspend" }),
            async (sp, w, t) => await sp.GetRequiredService<OrderService>().PlaceAsync(await w.FreshSimAsync(t), new PlaceOrderRequest(OrderType.Suspend)), keys: "403 202 403 403 403 | 404 404 404 404 403"),
        Row("GET /api/sims/{iccid}/orders", "200 200 200 200 200 200 200", (w, t) => Get($"/api/sims/{w.Sim(t)}/orders"),
            (sp, w, t) => sp.GetRequiredService<OrderService>().ListForSimAsync(w.Sim(t))),
        Row("GET /api/orders/{id}", "200 200 200 200 200 200 200", (w, t) => Get($"/api/orders/{w.Order(t)}"),
            (sp, w, t) => sp.GetRequiredService<OrderService>().GetAsync(w.Order(t))),

        Row("GET /api/reports/imei-lock-fees", "200 200 200 200 200 200 200", (w, t) => Get("/api/reports/imei-lock-fees?month=2026-01"),
            (sp, w, t) => sp.GetRequiredService<FeeReportService>().GetImeiLockFeesAsync("2026-01"), other: Same),

        Row("GET /api/alarms", "200 200 200 200 200 200 200", (w, t) => Get($"/api/alarms?customerId={w.Customer(t)}"),
            (sp, w, t) => sp.GetRequiredService<AlarmService>().ListAsync(new AlarmQuery(CustomerId: w.Customer(t))), other: Same),
        Row("GET /api/alarms/{id}", "200 200 200 200 200 200 200", (w, t) => Get($"/api/alarms/{w.Alarm(t)}"),
            (sp, w, t) => sp.GetRequiredService<AlarmService>().GetAsync(w.Alarm(t))),
        Row("POST /api/alarms", "201 201 201 403 201 403 403",
            (w, t) => Send(HttpMethod.Post, "/api/alarms", new { type = "ImeiStatusChange", name = Unique("A"), customerId = w.Customer(t), action = "Notify", enabled = true }),
            (sp, w, t) => sp.GetRequiredService<AlarmService>().CreateAsync(new SaveAlarmRequest(AlarmType.ImeiStatusChange, Unique("A"), CustomerId: w.Customer(t), Enabled: true)), keys: "403 403 201 201 403 | 404 404 404 404 403"),
        Row("POST /api/alarms/dry-run", "200 200 200 403 200 403 403",
            (w, t) => Send(HttpMethod.Post, "/api/alarms/dry-run", new
            {
                alarm = new { type = "ImeiStatusChange", name = "dry", customerId = w.Customer(t), action = "Bar", enabled = true },
                from = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), to = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
            }),
            (sp, w, t) => sp.GetRequiredService<AlarmDryRunService>().RunAsync(new AlarmDryRunRequest(
                new SaveAlarmRequest(AlarmType.ImeiStatusChange, "dry", CustomerId: w.Customer(t), Action: AlarmAction.Bar, Enabled: true),
                new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc)))),
        Row("PUT /api/alarms/{id}", "200 200 200 403 200 403 403",
            (w, t) => Send(HttpMethod.Put, $"/api/alarms/{w.Alarm(t)}", new { name = "matrix", customerId = w.Customer(t), action = "Notify", enabled = true }),
            (sp, w, t) => sp.GetRequiredService<AlarmService>().UpdateAsync(w.Alarm(t), new SaveAlarmRequest(null, "matrix", CustomerId: w.Customer(t), Enabled: true)), keys: "403 403 200 200 403 | 404 404 404 404 403"),
        Row("POST /api/alarms/{id}/webhook-secret", "200 200 200 403 200 403 403",
            async (w, t) => await Send(HttpMethod.Post, $"/api/alarms/{await w.FreshAlarmAsync(t, webhook: true)}/webhook-secret"),
            async (sp, w, t) => await sp.GetRequiredService<AlarmService>().RotateWebhookSecretAsync(await w.FreshAlarmAsync(t, webhook: true))),
        Row("DELETE /api/alarms/{id}", "204 204 204 403 204 403 403", async (w, t) => await Send(HttpMethod.Delete, $"/api/alarms/{await w.FreshAlarmAsync(t)}"),
            async (sp, w, t) => await sp.GetRequiredService<AlarmService>().DeleteAsync(await w.FreshAlarmAsync(t))),

        Row("GET /api/notifications", "200 200 200 200 200 200 200", (w, t) => Get($"/api/notifications?iccid={w.Sim(t)}"),
            (sp, w, t) => sp.GetRequiredService<NotificationHistoryService>().ListAsync(new NotificationQuery(Iccid: w.Sim(t))), other: Same),
        Row("GET /api/notifications/unread-count", "200 200 200 200 200 200 200", (w, t) => Get("/api/notifications/unread-count"),
            (sp, w, t) => sp.GetRequiredService<NotificationHistoryService>().UnreadCountAsync(), other: Same),
        Row("GET /api/notifications/{id}", "200 200 200 200 200 200 200", (w, t) => Get($"/api/notifications/{w.Notification(t)}"),
            (sp, w, t) => sp.GetRequiredService<NotificationHistoryService>().GetAsync(w.Notification(t))),
        // A list: another tenant's incidents are simply not in it.
        Row("GET /api/incidents", "200 200 200 200 200 200 200", (w, t) => Get("/api/incidents?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z"),
            (sp, w, t) => sp.GetRequiredService<IncidentService>().ListAsync(new IncidentQuery(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc))), other: Same),
        // Marks the caller's own portal delivery: every user of the tenant is a recipient, the platform admin is not.
        Row("POST /api/notifications/{id}/read", "404 204 204 204 204 204 204", (w, t) => Send(HttpMethod.Post, $"/api/notifications/{w.Notification(t)}/read"),
            (sp, w, t) => sp.GetRequiredService<NotificationHistoryService>().MarkReadAsync(w.Notification(t))),

        Row("GET /api/journal", "200 200 200 200 200 200 200", (w, t) => Get($"/api/journal?entity=Sim&entityId={w.Sim(t)}"),
            (sp, w, t) => sp.GetRequiredService<JournalService>().ListAsync(new JournalQuery(Entity: "Sim", EntityId: w.Sim(t))), other: Same),
        Row("GET /api/exports/{name}.{format}", "200 200 200 200 200 200 200", (w, t) => Get($"/api/exports/sims.csv?customerId={w.Customer(t)}"),
            (sp, w, t) => sp.GetRequiredService<ExportService>().CountAsync(ExportKind.Sims, new ExportFilters(CustomerId: w.Customer(t))), other: Same),

        // The feed is a machine with its key: no user token opens it, whatever the role.
        Row("POST /api/network/detections", "401 401 401 401 401 401 401",
            (w, t) => Send(HttpMethod.Post, "/api/network/detections", new[] { EngineData.Detection(w.Sim(t), null, DateTime.UtcNow) }), service: null, other: Same),
        Row("POST /api/network/authorize", "401 401 401 401 401 401 401", (w, t) => Send(HttpMethod.Post, "/api/network/authorize", new { iccid = w.Sim(t), imei = (string?)null }),
            service: null, other: Same, keys: "403 403 403 403 200 | 403 403 403 403 200"),
        Row("POST /api/network/usage", "401 401 401 401 401 401 401",
            (w, t) => Send(HttpMethod.Post, "/api/network/usage", new[] { new { iccid = w.Sim(t), start = DateTime.UtcNow.AddMinutes(-1), end = DateTime.UtcNow, bytes = 1 } }),
            service: null, other: Same),
        // Signing in needs no token; a signed-in user signing in again is simply answered.
        Row("POST /api/auth/login", "200 200 200 200 200 200 200", (w, t) => Send(HttpMethod.Post, "/api/auth/login", new { email = PortalFactory.AdminEmail, password = PortalFactory.Password }),
            service: null, other: Same, anonymous: true),
        // Anonymous too, and alike for everyone: 202 whether or not the address has an account; a bad link is 400.
        Row("POST /api/auth/forgot-password", "202 202 202 202 202 202 202", (w, t) => Send(HttpMethod.Post, "/api/auth/forgot-password", new { email = Unique("nobody") + "@m.test" }),
            service: null, other: Same, anonymous: true),
        Row("POST /api/auth/reset-password", "400 400 400 400 400 400 400",
            (w, t) => Send(HttpMethod.Post, "/api/auth/reset-password", new { email = PortalFactory.AdminEmail, token = "bad", newPassword = PortalFactory.Password }),
            service: null, other: Same, anonymous: true),
    ];

    private const string Same = "same";

    public static TheoryData<int, string> RowIndexes()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < Rows.Length; i++)
        {
            data.Add(i, Rows[i].Endpoint + " " + Rows[i].Own);
        }

        return data;
    }

    [Fact]
    public void Matrix_EveryApiEndpoint_HasARow()
    {
        var endpoints = world.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {Normalise(e.RoutePattern.RawText!)}"))
            .ToHashSet(StringComparer.Ordinal);
        var covered = Rows.Select(r => r.Endpoint).ToHashSet(StringComparer.Ordinal);

        Assert.True(endpoints.Count > 30, $"Only {endpoints.Count} endpoints found; is the enumeration broken?");
        Assert.Empty(endpoints.Except(covered).Order());
        // A row for an endpoint that no longer exists would test nothing.
        Assert.Empty(covered.Except(endpoints).Order());
    }

    [Theory]
    [MemberData(nameof(RowIndexes))]
    public async Task Api_EachRoleOnOwnAndOtherTenant_AnswersPerRoleMatrix(int row, string description)
    {
        var r = Rows[row];
        var failures = new List<string>();
        for (var i = 0; i < Roles.All.Count; i++)
        {
            var role = Roles.All[i];
            foreach (var tenant in Enum.GetValues<Tenant>())
            {
                var expected = r.Expected(i, tenant);
                using var request = await r.Http(world, tenant);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await world.TokenAsync(role));
                using var response = await world.Client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode != expected)
                {
                    failures.Add($"{role} {tenant}: expected {expected}, got {(int)response.StatusCode} {Trim(body)}");
                }
                else if (role != Roles.Admin && (int)response.StatusCode == 200 && world.OtherTenantMarkers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } leak)
                {
                    failures.Add($"{role} {tenant}: the answer shows the other tenant's '{leak}'");
                }
            }
        }

        Assert.True(failures.Count == 0, description + "\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(RowIndexes))]
    public async Task Api_WithoutToken_Returns401(int row, string description)
    {
        var r = Rows[row];
        using var request = await r.Http(world, Tenant.Own);
        using var response = await world.Client.SendAsync(request);
        var expected = r.Anonymous ? r.Expected(0, Tenant.Own) : 401;
        Assert.True((int)response.StatusCode == expected, $"{description}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static TheoryData<int, string> KeyRowIndexes()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < Rows.Length; i++)
        {
            if (Rows[i].Keys is not null)
            {
                data.Add(i, Rows[i].Endpoint + " " + Rows[i].Keys);
            }
        }

        return data;
    }

    /// <summary>
    /// The same endpoints called with an API key (<c>X-Api-Key</c>) of tenant A instead of a user's token: the key's
    /// tenant scopes it like a user of that tenant, its scopes narrow what it may do (403), a read needs <c>read</c>.
    /// </summary>
    [Theory]
    [MemberData(nameof(KeyRowIndexes))]
    public async Task Api_EachKeyScopeOnOwnAndOtherTenant_AnswersPerKeyMatrix(int row, string description)
    {
        var r = Rows[row];
        var failures = new List<string>();
        foreach (var kind in Enum.GetValues<KeyKind>())
        {
            foreach (var tenant in Enum.GetValues<Tenant>())
            {
                var expected = r.ExpectedForKey(kind, tenant);
                using var request = await r.Http(world, tenant);
                request.Headers.Add(ApiKeyAuthentication.Header, await world.KeyAsync(kind));
                using var response = await world.Client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode != expected)
                {
                    failures.Add($"{kind} {tenant}: expected {expected}, got {(int)response.StatusCode} {Trim(body)}");
                }
                else if (kind != KeyKind.PlatformFeed && (int)response.StatusCode == 200 && world.OtherTenantMarkers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } leak)
                {
                    failures.Add($"{kind} {tenant}: the answer shows the other tenant's '{leak}'");
                }
            }
        }

        Assert.True(failures.Count == 0, description + "\n" + string.Join("\n", failures));
    }

    /// <summary>The same rules through the services a Blazor circuit calls, with the caller set as the circuit sets it.</summary>
    [Theory]
    [MemberData(nameof(RowIndexes))]
    public async Task Service_EachRoleOnOwnAndOtherTenant_AnswersPerRoleMatrix(int row, string description)
    {
        var r = Rows[row];
        if (r.Service is null)
        {
            return; // Not a user's service (the network feed, sign-in).
        }

        var failures = new List<string>();
        for (var i = 0; i < Roles.All.Count; i++)
        {
            var role = Roles.All[i];
            foreach (var tenant in Enum.GetValues<Tenant>())
            {
                var expected = r.Expected(i, tenant) switch { >= 200 and < 300 => "ok", 403 => "403", 404 => "404", var other => other.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                await using var scope = world.Services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(await world.PrincipalAsync(role));
                string actual;
                try
                {
                    await r.Service(scope.ServiceProvider, world, tenant);
                    actual = "ok";
                }
                catch (ForbiddenException)
                {
                    actual = "403";
                }
                catch (NotFoundException)
                {
                    actual = "404";
                }
                catch (Exception e) when (e is ValidationFailedException or ConflictException or TransitionRefusedException)
                {
                    actual = $"{e.GetType().Name}: {e.Message}";
                }

                if (actual != expected)
                {
                    failures.Add($"{role} {tenant}: expected {expected}, got {actual}");
                }
            }
        }

        Assert.True(failures.Count == 0, description + "\n" + string.Join("\n", failures));
    }

    private static string Trim(string body) => body.Length > 200 ? body[..200] : body;

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Route text as the matrix writes it: no constraints, no trailing slash.</summary>
    private static string Normalise(string route) => Regex.Replace(route, @"\{(\w+)(:[^}]*)?\}", "{$1}").TrimEnd('/');

    private static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static Task<HttpRequestMessage> Send(HttpMethod method, string url, object? body = null) =>
        Task.FromResult(new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) });

    private static MatrixRow Row(string endpoint, string own, Func<World, Tenant, Task<HttpRequestMessage>> http,
        Func<IServiceProvider, World, Tenant, Task>? service, string? other = null, bool anonymous = false, string? keys = null) =>
        new(endpoint, own, http, service, other, anonymous, keys);

    public sealed record MatrixRow(string Endpoint, string Own, Func<World, Tenant, Task<HttpRequestMessage>> Http,
        Func<IServiceProvider, World, Tenant, Task>? Service, string? Other, bool Anonymous, string? Keys = null)
    {
        /// <summary>The status each <see cref="KeyKind"/> gets, on the own tenant's resource and on the other's.</summary>
        public int ExpectedForKey(KeyKind kind, Tenant tenant) =>
            Keys!.Split('|')[tenant == Tenant.Own ? 0 : 1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ElementAt((int)kind);

        private int[] OwnCodes => [.. Own.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];

        /// <summary>Out of scope is "not found" for everyone but the platform admin, who has no other tenant.</summary>
        public int Expected(int roleIndex, Tenant tenant) =>
            tenant == Tenant.Own || Other == Same || roleIndex == 0 ? OwnCodes[roleIndex] : 404;
    }

    /// <summary>The app, two tenants with one resource of each kind, and a signed-in client per role of tenant A.</summary>
    public sealed class World : PortalFactory, IAsyncLifetime
    {
        private readonly Dictionary<string, string> _tokens = [];
        private readonly Dictionary<KeyKind, string> _keys = [];
        private readonly Dictionary<string, ClaimsPrincipal> _principals = [];
        private Tenants _t = null!;
        private readonly Dictionary<Tenant, Resources> _resources = [];

        public HttpClient Client { get; private set; } = null!;

        /// <summary>Text that only the other tenant's rows contain: no answer to a tenant-A user may show it.</summary>
        public IReadOnlyList<string> OtherTenantMarkers { get; private set; } = [];

        public async Task InitializeAsync()
        {
            _t = await SharedTenants.OfAsync(this);
            Client = CreateClient();
            _resources[Tenant.Own] = await CreateResourcesAsync(_t.PartnerA.Id, _t.CustomerA1.Id, "a.test");
            _resources[Tenant.Other] = await CreateResourcesAsync(_t.PartnerB.Id, _t.CustomerB1.Id, "b.test");
            OtherTenantMarkers = [_resources[Tenant.Other].Sim, _t.PartnerB.Name, _t.CustomerB1.Name, "@b.test"];
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        public int Partner(Tenant t) => t == Tenant.Own ? _t.PartnerA.Id : _t.PartnerB.Id;

        public int Customer(Tenant t) => t == Tenant.Own ? _t.CustomerA1.Id : _t.CustomerB1.Id;

        public string CustomerName(Tenant t) => t == Tenant.Own ? _t.CustomerA1.Name : _t.CustomerB1.Name;

        public string Sim(Tenant t) => _resources[t].Sim;

        public long Order(Tenant t) => _resources[t].Order;

        public int Alarm(Tenant t) => _resources[t].Alarm;

        public long Notification(Tenant t) => _resources[t].Notification;

        public string TargetUser(Tenant t) => _resources[t].User;

        public async Task<string> FreshSimAsync(Tenant t) => (await AlarmTestData.AddSimAsync(this, Partner(t), Customer(t))).Iccid;

        public Task<int> FreshCustomerAsync(Tenant t) =>
            AsSystemAsync(async sp => (await sp.GetRequiredService<CustomerService>().CreateAsync(new CreateCustomerRequest(Unique("del"), Partner(t), null))).Id);

        public async Task<int> FreshAlarmAsync(Tenant t, bool webhook = false) =>
            (await AlarmTestData.AddAlarmAsync(this, new SaveAlarmRequest(AlarmType.ImeiStatusChange, Unique("del"), CustomerId: Customer(t), Enabled: true,
                Recipients: webhook ? new AlarmRecipients(WebhookUrl: "https://hooks.example.com/matrix") : null))).Id;

        /// <summary>A key of tenant A (partner A or customer A1), or of the platform for the feed; made once.</summary>
        public async Task<string> KeyAsync(KeyKind kind)
        {
            if (!_keys.TryGetValue(kind, out var key))
            {
                var (scopes, partnerId, customerId) = kind switch
                {
                    KeyKind.PartnerRead => (ApiKeyScopes.Read, (int?)_t.PartnerA.Id, (int?)null),
                    KeyKind.PartnerOrders => (ApiKeyScopes.Orders, _t.PartnerA.Id, null),
                    KeyKind.PartnerAlarms => (ApiKeyScopes.Read | ApiKeyScopes.Alarms, _t.PartnerA.Id, null),
                    KeyKind.CustomerAll => (ApiKeyScopes.Read | ApiKeyScopes.Orders | ApiKeyScopes.Alarms, _t.PartnerA.Id, _t.CustomerA1.Id),
                    _ => (ApiKeyScopes.Feed, null, null),
                };
                _keys[kind] = key = await AddKeyAsync(kind.ToString(), scopes, partnerId, customerId);
            }

            return key;
        }

        /// <summary>A key of the tenant's customer, to be revoked.</summary>
        public async Task<int> FreshApiKeyAsync(Tenant t)
        {
            var key = await AddKeyAsync(Unique("del"), ApiKeyScopes.Read, Partner(t), Customer(t));
            var hash = ApiKeyAuthentication.Hash(key);
            return await WithDbAsync(db => db.ApiKeys.Where(k => k.Hash == hash).Select(k => k.Id).SingleAsync());
        }

        private async Task<string> AddKeyAsync(string name, ApiKeyScopes scopes, int? partnerId, int? customerId)
        {
            var (key, hash, prefix) = ApiKeyAuthentication.NewKey();
            await WithDbAsync(async db =>
            {
                db.ApiKeys.Add(new ApiKey(name, scopes, partnerId, customerId, hash, prefix, DateTime.UtcNow, null, null));
                return await db.SaveChangesAsync();
            });
            return key;
        }

        public async Task<string> TokenAsync(string role)
        {
            if (!_tokens.TryGetValue(role, out var token))
            {
                var response = await Client.PostAsJsonAsync("/api/auth/login", new { email = Tenants.EmailA(role), password = Password });
                response.EnsureSuccessStatusCode();
                _tokens[role] = token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
            }

            return token;
        }

        /// <summary>The principal the claims factory builds for the role's user of tenant A.</summary>
        public async Task<ClaimsPrincipal> PrincipalAsync(string role)
        {
            if (!_principals.TryGetValue(role, out var principal))
            {
                var email = Tenants.EmailA(role);
                var u = await WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(x => x.Email == email));
                var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, u.Id), new(ClaimTypes.Name, email), new(ClaimTypes.Role, role) };
                if (u.PartnerId is { } p)
                {
                    claims.Add(new Claim(PortalClaims.PartnerId, p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }

                if (u.CustomerId is { } c)
                {
                    claims.Add(new Claim(PortalClaims.CustomerId, c.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }

                _principals[role] = principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
            }

            return principal;
        }

        private async Task<Resources> CreateResourcesAsync(int partnerId, int customerId, string domain)
        {
            var sim = await AlarmTestData.AddSimAsync(this, partnerId, customerId, locked: true);
            var recipients = await WithDbAsync(db => db.Users.Where(u => u.Email!.EndsWith("@" + domain)).Select(u => u.Id).ToListAsync());
            var alarm = await AlarmTestData.AddAlarmAsync(this, new SaveAlarmRequest(AlarmType.ImeiStatusChange, "matrix " + domain,
                CustomerId: customerId, Iccids: [sim.Iccid], Enabled: true, Recipients: new AlarmRecipients(UserIds: recipients, Emails: ["ops@" + domain])));
            await AlarmTestData.TriggerAsync(this, sim.Iccid);
            var notification = await WithDbAsync(db => db.Notifications.Where(n => n.AlarmId == alarm.Id).Select(n => n.Id).SingleAsync());
            var order = await EngineData.RunOrderAsync(this, sim.Iccid, new PlaceOrderRequest(OrderType.ImeiStatus, ImeiStatus.Armed));
            var email = Tenants.EmailA(Roles.CustomerReadOnly).Replace("a.test", domain, StringComparison.Ordinal);
            var user = await WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
            return new Resources(sim.Iccid, order.Id, alarm.Id, notification, user);
        }

        private sealed record Resources(string Sim, long Order, int Alarm, long Notification, string User);
    }
}
