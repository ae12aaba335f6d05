using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Accounts;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Api;

/// <summary>
/// API keys: shown once, stored as a hash, scoped to a tenant and to what they may do, revoked or expired from the
/// next call, and named in the journal for what they change.
/// </summary>
public sealed class ApiKeysApiTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    [Fact]
    public async Task Create_PartnerAdminReadKey_KeyShownOnceAndReadsOnlyItsPartner()
    {
        var own = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id);
        var other = await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id);
        var admin = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));

        var created = await admin.PostAsJsonAsync("/api/api-keys", new { name = "erp read", scopes = new[] { "read" } });
        var body = await created.ReadAsync<JsonElement>(HttpStatusCode.Created);
        var key = body.GetProperty("key").GetString()!;
        var id = body.GetProperty("id").GetInt32();

        var client = KeyClient(key);
        var sims = await (await client.GetAsync("/api/sims?pageSize=500")).Content.ReadAsStringAsync();
        Assert.Contains(own.Iccid, sims, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Iccid, sims, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/sims/{other.Iccid}")).StatusCode);

        var list = await (await admin.GetAsync("/api/api-keys")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);
        var listed = JsonDocument.Parse(list).RootElement.EnumerateArray().Single(k => k.GetProperty("id").GetInt32() == id);
        Assert.Equal("erp read", listed.GetProperty("name").GetString());
        Assert.Equal(["read"], listed.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(T.PartnerA.Id, listed.GetProperty("partnerId").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);
        Assert.False(listed.TryGetProperty("key", out _));
        Assert.False(listed.TryGetProperty("hash", out _));
    }

    [Fact]
    public async Task Create_Key_StoredAsItsHashOnly()
    {
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var body = await (await admin.PostAsJsonAsync("/api/api-keys", new { name = "hashed", scopes = new[] { "read" } })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var key = body.GetProperty("key").GetString()!;
        var id = body.GetProperty("id").GetInt32();

        var row = await Factory.WithDbAsync(db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == id));
        Assert.True(key.Length >= 40, key);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))), row.Hash);
        Assert.DoesNotContain(key, row.Hash + row.Prefix, StringComparison.Ordinal);
        var journal = await Factory.WithDbAsync(db => db.Journal.Where(j => j.Entity == "ApiKey" && j.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync());
        Assert.DoesNotContain(journal, j => (j.After ?? "").Contains(row.Hash, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_TwoKeys_AreDifferent()
    {
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var a = await CreateKeyAsync(admin, new { name = "one", scopes = new[] { "read" } });
        var b = await CreateKeyAsync(admin, new { name = "two", scopes = new[] { "read" } });
        Assert.NotEqual(a.Key, b.Key);
    }

    [Theory]
    [InlineData(Roles.PartnerUser)]
    [InlineData(Roles.PartnerReadOnly)]
    [InlineData(Roles.CustomerUser)]
    public async Task Create_RoleThatMayNotManageUsers_Returns403AndCreatesNothing(string role)
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(role));
        var before = await CountKeysAsync();

        var response = await client.PostAsJsonAsync("/api/api-keys", new { name = "nope", scopes = new[] { "read" } });

        await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await CountKeysAsync());
    }

    [Fact]
    public async Task Create_ForOtherTenantsCustomer_Returns404AndCreatesNothing()
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var before = await CountKeysAsync();

        var response = await client.PostAsJsonAsync("/api/api-keys", new { name = "theirs", scopes = new[] { "read" }, customerId = T.CustomerB1.Id });

        await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await CountKeysAsync());
    }

    [Fact]
    public async Task Revoke_OtherTenantsKey_Returns404AndKeyStillWorks()
    {
        var adminB = await Factory.ClientAsAsync(Tenants.EmailB(Roles.PartnerAdmin));
        var theirs = await CreateKeyAsync(adminB, new { name = "b key", scopes = new[] { "read" } });
        var adminA = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));

        await (await adminA.DeleteAsync($"/api/api-keys/{theirs.Id}")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, (await KeyClient(theirs.Key).GetAsync("/api/sims")).StatusCode);
        Assert.DoesNotContain("b key", await (await adminA.GetAsync("/api/api-keys")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { """{"scopes":["read"]}""", "name" },
        { """{"name":"x","scopes":[]}""", "scopes" },
        { """{"name":"x","scopes":["write"]}""", "scopes" },
        { """{"name":"x","scopes":["read"],"expiresAt":"2020-01-01T00:00:00Z"}""", "expiresAt" },
        { """{"name":"x","scopes":["feed"],"partnerId":PARTNER}""", "scopes" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Create_BadInput_Returns400ProblemAndCreatesNothing(string json, string field)
    {
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var before = await CountKeysAsync();
        using var content = new StringContent(json.Replace("PARTNER", T.PartnerA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            System.Text.Encoding.UTF8, "application/json");

        var problem = await (await admin.PostAsync("/api/api-keys", content)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, await CountKeysAsync());
    }

    [Fact]
    public async Task Revoke_Key_NextCallIs401AndListNoLongerShowsIt()
    {
        var admin = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerAdmin));
        var created = await CreateKeyAsync(admin, new { name = "to revoke", scopes = new[] { "read" } });
        var client = KeyClient(created.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sims")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/api-keys/{created.Id}")).StatusCode);

        var problem = await (await client.GetAsync("/api/sims")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("to revoke", await (await admin.GetAsync("/api/api-keys")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await (await admin.DeleteAsync($"/api/api-keys/{created.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Call_ExpiredKey_Returns401()
    {
        var (key, hash, prefix) = ApiKeyAuthentication.NewKey();
        await Factory.WithDbAsync(async db =>
        {
            db.ApiKeys.Add(new ApiKey("expired", ApiKeyScopes.Read, T.PartnerA.Id, null, hash, prefix, DateTime.UtcNow.AddDays(-2), DateTime.UtcNow.AddSeconds(-1), null));
            return await db.SaveChangesAsync();
        });

        var problem = await (await KeyClient(key).GetAsync("/api/sims")).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Call_UnknownKey_Returns401()
    {
        await (await KeyClient("ipk_made-up").GetAsync("/api/sims")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await KeyClient("ipk_made-up").PostAsJsonAsync("/api/network/authorize", new { iccid = AlarmTestData.NewIccid(), imei = (string?)null }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Call_OutsideTheKeysScopes_Returns403AndChangesNothing()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var admin = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var read = KeyClient((await CreateKeyAsync(admin, new { name = "reader", scopes = new[] { "read" } })).Key);
        var orders = KeyClient((await CreateKeyAsync(admin, new { name = "orderer", scopes = new[] { "orders" } })).Key);
        var alarms = KeyClient((await CreateKeyAsync(admin, new { name = "alarmist", scopes = new[] { "read", "alarms" } })).Key);
        var ordersBefore = await Factory.WithDbAsync(db => db.Orders.CountAsync());

        await (await read.PostAsJsonAsync($"/api/sims/{sim.Iccid}/orders", new { type = "Suspend" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await alarms.PostAsJsonAsync($"/api/sims/{sim.Iccid}/orders", new { type = "Suspend" })).ProblemAsync(HttpStatusCode.Forbidden);
        var noRead = await (await orders.GetAsync($"/api/sims/{sim.Iccid}")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("'read'", noRead.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await read.PostAsJsonAsync("/api/alarms", new { type = "ImeiStatusChange", name = "x", customerId = T.CustomerA1.Id, action = "Notify", enabled = true }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        // No scope manages users or keys.
        await (await alarms.PostAsJsonAsync("/api/api-keys", new { name = "child", scopes = new[] { "read" } })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await alarms.PostAsJsonAsync("/api/customers", new { name = "by key", partnerId = T.PartnerA.Id })).ProblemAsync(HttpStatusCode.Forbidden);
        var noFeed = await (await read.PostAsJsonAsync("/api/network/authorize", new { iccid = sim.Iccid, imei = (string?)null })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("'feed'", noFeed.GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal(ordersBefore, await Factory.WithDbAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task PlaceOrder_WithOrdersKey_JournaledWithTheKeysNameButReadsAreNot()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var admin = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var created = await CreateKeyAsync(admin, new { name = "provisioning robot", scopes = new[] { "read", "orders" } });
        var client = KeyClient(created.Key);
        var journalBefore = await Factory.WithDbAsync(db => db.Journal.CountAsync());

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/sims/{sim.Iccid}")).StatusCode);
        }

        Assert.Equal(journalBefore, await Factory.WithDbAsync(db => db.Journal.CountAsync()));
        var order = await client.PostAsJsonAsync($"/api/sims/{sim.Iccid}/orders", new { type = "Suspend" });
        Assert.Equal(HttpStatusCode.Accepted, order.StatusCode);

        var actor = ApiKeyAuthentication.ActorPrefix + created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = await Factory.WithDbAsync(db => db.Journal.Where(j => j.UserId == actor).ToListAsync());
        Assert.Contains(rows, j => j.Entity == "Order" && j.Action == "Order.Created");
        Assert.All(rows, j => Assert.Equal("api-key:provisioning robot", j.UserEmail));
    }

    [Fact]
    public async Task Feed_TwoFeedKeysAndTheBootstrapKey_AllAcceptedAsNetworkKey()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id);
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var first = await CreateKeyAsync(admin, new { name = "feed 2026", scopes = new[] { "feed" } });
        var second = await CreateKeyAsync(admin, new { name = "feed 2027", scopes = new[] { "feed" } });
        var authorize = new { iccid = sim.Iccid, imei = (string?)null };

        foreach (var key in new[] { first.Key, second.Key, PortalFactory.NetworkKey })
        {
            Assert.Equal(HttpStatusCode.OK, (await Factory.NetworkClient(key).PostAsJsonAsync("/api/network/authorize", authorize)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await KeyClient(first.Key).PostAsJsonAsync("/api/network/authorize", authorize)).StatusCode);
        // Rotation: the old key is revoked, the new one goes on.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/api-keys/{first.Id}")).StatusCode);
        await (await Factory.NetworkClient(first.Key).PostAsJsonAsync("/api/network/authorize", authorize)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await Factory.NetworkClient(second.Key).PostAsJsonAsync("/api/network/authorize", authorize)).StatusCode);
        // A feed key is for the feed only.
        Assert.Equal(HttpStatusCode.Forbidden, (await KeyClient(second.Key).GetAsync("/api/sims")).StatusCode);
    }

    [Fact]
    public async Task Feed_ReadKeyAsNetworkKey_Returns401()
    {
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var read = await CreateKeyAsync(admin, new { name = "not a feed key", scopes = new[] { "read" } });

        var response = await Factory.NetworkClient(read.Key).PostAsJsonAsync("/api/network/authorize", new { iccid = AlarmTestData.NewIccid(), imei = (string?)null });

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    private HttpClient KeyClient(string key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
        return client;
    }

    private static async Task<(int Id, string Key)> CreateKeyAsync(HttpClient admin, object request)
    {
        var body = await (await admin.PostAsJsonAsync("/api/api-keys", request)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return (body.GetProperty("id").GetInt32(), body.GetProperty("key").GetString()!);
    }

    private Task<int> CountKeysAsync() => Factory.WithDbAsync(db => db.ApiKeys.CountAsync());
}
