using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Api;

/// <summary>Every role's scope on partners, customers and users, and the 404-not-403 rule for other tenants.</summary>
public sealed class TenancyApiTests(TenancyApiTests.Fixture fixture) : IClassFixture<TenancyApiTests.Fixture>
{
    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Tenants Tenants { get; private set; } = default!;

        public async Task InitializeAsync() => Tenants = await Tenants.CreateAsync(this);

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private Tenants T => fixture.Tenants;

    public static TheoryData<string> AllRoles => new(Roles.All);

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task ListPartners_EachRole_SeesOnlyItsOwnPartner(string role)
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(role));
        var ids = (await client.GetFromJsonAsync<JsonElement[]>("/api/partners"))!.Select(p => p.GetProperty("id").GetInt32()).ToList();

        Assert.Contains(T.PartnerA.Id, ids);
        Assert.Equal(role == Roles.Admin, ids.Contains(T.PartnerB.Id));
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task ListCustomers_EachRole_SeesItsScope(string role)
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(role));
        var ids = (await client.GetFromJsonAsync<JsonElement>("/api/customers?pageSize=500")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToList();

        Assert.Contains(T.CustomerA1.Id, ids);
        Assert.Equal(!Roles.CustomerRoles.Contains(role), ids.Contains(T.CustomerA2.Id));
        Assert.Equal(role == Roles.Admin, ids.Contains(T.CustomerB1.Id));
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task GetCustomer_OtherTenant_Is404NotForbidden(string role)
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(role));
        var response = await client.GetAsync($"/api/customers/{T.CustomerB1.Id}");
        Assert.Equal(role == Roles.Admin ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Admin, HttpStatusCode.Created)]
    [InlineData(Roles.PartnerAdmin, HttpStatusCode.Created)]
    [InlineData(Roles.PartnerUser, HttpStatusCode.Forbidden)]
    [InlineData(Roles.PartnerReadOnly, HttpStatusCode.Forbidden)]
    [InlineData(Roles.CustomerAdmin, HttpStatusCode.NotFound)]
    [InlineData(Roles.CustomerUser, HttpStatusCode.NotFound)]
    [InlineData(Roles.CustomerReadOnly, HttpStatusCode.NotFound)]
    public async Task CreateCustomer_OwnPartner_DependsOnRole(string role, HttpStatusCode expected)
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(role));
        var name = "New " + Guid.NewGuid().ToString("N")[..8];
        var response = await client.PostAsJsonAsync("/api/customers", new { name, partnerId = T.PartnerA.Id, tags = new[] { "x" } });

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Created, await fixture.WithDbAsync(db => db.Customers.AnyAsync(c => c.Name == name)));
    }

    [Fact]
    public async Task CreateCustomer_OtherPartner_Is404AndNothingStored()
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var response = await client.PostAsJsonAsync("/api/customers", new { name = "Sneaky", partnerId = T.PartnerB.Id });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await fixture.WithDbAsync(db => db.Customers.AnyAsync(c => c.Name == "Sneaky")));
    }

    [Fact]
    public async Task CreateCustomer_BadInput_Is400WithFieldErrors()
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var response = await client.PostAsJsonAsync("/api/customers", new { name = "", partnerId = T.PartnerA.Id });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task CreateCustomer_UnknownField_Is400()
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var response = await client.PostAsJsonAsync("/api/customers", new { name = "Typo Corp", partnerId = T.PartnerA.Id, tagz = new[] { "x" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await fixture.WithDbAsync(db => db.Customers.AnyAsync(c => c.Name == "Typo Corp")));
    }

    [Fact]
    public async Task UpdateAndDeleteCustomer_PartnerAdmin_WorksAndIsJournaled()
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var created = await (await client.PostAsJsonAsync("/api/customers", new { name = "Temp " + Guid.NewGuid().ToString("N")[..6], partnerId = T.PartnerA.Id })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();

        var updated = await client.PutAsJsonAsync($"/api/customers/{id}", new { name = "Renamed " + id, tags = new[] { "b", "a" } });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(["a", "b"], (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/customers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/customers/{id}")).StatusCode);

        var actions = await fixture.WithDbAsync(db => db.Journal.Where(j => j.Entity == "Customer" && j.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(j => j.Id).Select(j => j.Action).ToListAsync()); // without an order PostgreSQL may answer in any
        Assert.Equal(["Customer.Created", "Customer.Updated", "Customer.Deleted"], actions);
    }

    [Fact]
    public async Task DeleteCustomer_OtherTenant_Is404AndCustomerRemains()
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/customers/{T.CustomerB1.Id}")).StatusCode);
        Assert.True(await fixture.WithDbAsync(db => db.Customers.AnyAsync(c => c.Id == T.CustomerB1.Id)));
    }

    [Theory]
    [InlineData(Roles.Admin, 2)]
    [InlineData(Roles.PartnerAdmin, 1)]
    [InlineData(Roles.PartnerUser, 1)]
    [InlineData(Roles.CustomerAdmin, 0)]
    public async Task CreatePartner_OnlyAdmin(string role, int _)
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(role));
        var name = "P " + Guid.NewGuid().ToString("N")[..8];
        var response = await client.PostAsJsonAsync("/api/partners", new { name });

        Assert.Equal(role == Roles.Admin ? HttpStatusCode.Created : HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.PartnerAdmin, true)]
    [InlineData(Roles.PartnerUser, false)]
    [InlineData(Roles.PartnerReadOnly, false)]
    [InlineData(Roles.CustomerAdmin, true)]
    [InlineData(Roles.CustomerUser, false)]
    [InlineData(Roles.CustomerReadOnly, false)]
    public async Task CreateCustomerUser_OwnCustomer_OnlyUserManagers(string role, bool allowed)
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(role));
        var email = $"new-{Guid.NewGuid():N}@a.test";
        var response = await client.PostAsJsonAsync("/api/users", new { email, password = PortalFactory.Password, roles = new[] { Roles.CustomerUser }, customerId = T.CustomerA1.Id });

        Assert.Equal(allowed ? HttpStatusCode.Created : HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(allowed, await fixture.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task CreateUser_OtherTenantCustomer_Is404()
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var response = await client.PostAsJsonAsync("/api/users", new { email = "x-" + Guid.NewGuid().ToString("N") + "@b.test", password = PortalFactory.Password, roles = new[] { Roles.CustomerUser }, customerId = T.CustomerB1.Id });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CreateUser_CustomerAdminGrantingPartnerRole_Is400()
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(Roles.CustomerAdmin));
        var response = await client.PostAsJsonAsync("/api/users", new { email = "esc-" + Guid.NewGuid().ToString("N") + "@a.test", password = PortalFactory.Password, roles = new[] { Roles.PartnerAdmin } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("does not fit", problem.GetProperty("errors").GetProperty("roles")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_PartnerAdminGrantingAdmin_IsRefused()
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var email = "esc-" + Guid.NewGuid().ToString("N") + "@a.test";
        var response = await client.PostAsJsonAsync("/api/users", new { email, password = PortalFactory.Password, roles = new[] { Roles.Admin }, partnerId = T.PartnerA.Id });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await fixture.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task CreateUser_WeakPasswordOrBadEmail_Is400WithErrors()
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var response = await client.PostAsJsonAsync("/api/users", new { email = "not-an-email", password = "short", roles = new[] { Roles.PartnerUser } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.PartnerAdmin)]
    [InlineData(Roles.CustomerAdmin)]
    public async Task ListUsers_SeesOnlyItsScope(string role)
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(role));
        var emails = (await client.GetFromJsonAsync<JsonElement>("/api/users?pageSize=500")).GetProperty("items").EnumerateArray().Select(u => u.GetProperty("email").GetString()).ToList();

        Assert.Contains(Tenants.EmailA(Roles.CustomerUser), emails);
        Assert.Equal(role == Roles.Admin, emails.Contains(Tenants.EmailB(Roles.CustomerUser)));
        Assert.Equal(role != Roles.CustomerAdmin, emails.Contains(Tenants.EmailA(Roles.PartnerUser)));
    }

    [Fact]
    public async Task UpdateUser_OtherTenant_Is404_OwnTenant_ChangesRolesAndActive()
    {
        var client = await fixture.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var otherId = await fixture.WithDbAsync(db => db.Users.Where(u => u.Email == Tenants.EmailB(Roles.PartnerUser)).Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/users/{otherId}", new { active = false })).StatusCode);

        var email = $"upd-{Guid.NewGuid():N}@a.test";
        var created = await (await client.PostAsJsonAsync("/api/users", new { email, password = PortalFactory.Password, roles = new[] { Roles.PartnerUser } })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        var updated = await client.PutAsJsonAsync($"/api/users/{id}", new { roles = new[] { Roles.PartnerReadOnly }, active = false });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var body = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Roles.PartnerReadOnly, body.GetProperty("roles")[0].GetString());
        Assert.False(body.GetProperty("active").GetBoolean());
        Assert.True(await fixture.WithDbAsync(db => db.Journal.AnyAsync(j => j.Entity == "UserRole" && j.Action == "UserRole.Deleted")));
    }
}
