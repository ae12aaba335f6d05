using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.Partners;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Journal;

public class JournalTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    [Fact]
    public async Task PartnerAndCustomerMethods_EachWriteEntryWithBeforeAfter()
    {
        var partner = await AsSystem<PartnerService, PartnerDto>(s => s.CreateAsync(new CreatePartnerRequest("J " + Guid.NewGuid())));
        await AssertEntryAsync("Partner", partner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Partner.Created", before: false, after: true);

        var customer = await AsSystem<CustomerService, CustomerDto>(s => s.CreateAsync(new CreateCustomerRequest("C", partner.Id, null)));
        var id = customer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await AssertEntryAsync("Customer", id, "Customer.Created", before: false, after: true);

        await AsSystem<CustomerService, CustomerDto>(s => s.UpdateAsync(customer.Id, new UpdateCustomerRequest("C2", ["x"])));
        var updated = await AssertEntryAsync("Customer", id, "Customer.Updated", before: true, after: true);
        Assert.Contains("C2", updated.After, StringComparison.Ordinal);
        Assert.Contains("\"C\"", updated.Before, StringComparison.Ordinal);

        var service = await AsSystem<CustomerService, ServiceProfileDto>(s => s.CreateServiceAsync(customer.Id, new SaveServiceProfileRequest("Svc", null)));
        await AssertEntryAsync("ServiceProfile", service.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "ServiceProfile.Created", before: false, after: true);

        await AsSystem<CustomerService, bool>(async s =>
        {
            await s.DeleteAsync((await s.CreateAsync(new CreateCustomerRequest("Gone", partner.Id, null))).Id);
            return true;
        });
        var deleted = await Factory.WithDbAsync(db => db.Journal.Where(j => j.Action == "Customer.Deleted" && j.PartnerId == partner.Id).SingleAsync());
        Assert.NotNull(deleted.Before);
        Assert.Equal("system:test", deleted.UserId);
    }

    [Fact]
    public async Task UserMethods_CreateRolesAndActive_EachWriteEntries()
    {
        var email = $"j-{Guid.NewGuid():N}@a.test";
        var user = await AsSystem<UserService, UserDto>(s => s.CreateAsync(new CreateUserRequest(email, PortalFactory.Password, [Roles.PartnerUser], T.PartnerA.Id, null)));
        await AssertEntryAsync("User", user.Id, "User.Created", before: false, after: true);
        var created = await Factory.WithDbAsync(db => db.Journal.Where(j => j.Entity == "User" && j.EntityId == user.Id).FirstAsync());
        Assert.DoesNotContain("AQAAAA", created.After, StringComparison.Ordinal);

        await AsSystem<UserService, UserDto>(s => s.UpdateAsync(user.Id, new UpdateUserRequest([Roles.PartnerAdmin], false)));
        var roleEntries = await Factory.WithDbAsync(db => db.Journal.Where(j => j.Entity == "UserRole" && j.EntityId!.StartsWith(user.Id)).Select(j => j.Action).ToListAsync());
        Assert.Contains("UserRole.Created", roleEntries);
        Assert.Contains("UserRole.Deleted", roleEntries);
        var active = await Factory.WithDbAsync(db => db.Journal.Where(j => j.Entity == "User" && j.EntityId == user.Id && j.Action == "User.Updated" && j.After!.Contains("IsActive")).FirstAsync());
        Assert.NotNull(active.Before);
        Assert.Equal(T.PartnerA.Id, active.PartnerId);
    }

    [Fact]
    public async Task AlarmMethods_CreateUpdateDelete_EachWriteEntryWithBeforeAfter()
    {
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "J alarm", CustomerId: T.CustomerA1.Id));
        var id = alarm.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await AssertEntryAsync("Alarm", id, "Alarm.Created", before: false, after: true);

        await AsSystem<AlarmService, AlarmDto>(s => s.UpdateAsync(alarm.Id, new(null, "J alarm 2", CustomerId: T.CustomerA1.Id, Action: AlarmAction.Deactivate)));
        var updated = await AssertEntryAsync("Alarm", id, "Alarm.Updated", before: true, after: true);
        Assert.Contains("Deactivate", updated.After, StringComparison.Ordinal);
        Assert.Equal(T.CustomerA1.Id, updated.CustomerId);

        await AsSystem<AlarmService, bool>(async s =>
        {
            await s.DeleteAsync(alarm.Id);
            return true;
        });
        await AssertEntryAsync("Alarm", id, "Alarm.Deleted", before: true, after: false);
    }

    [Fact]
    public async Task AlarmAction_Order_IsJournaledWithTheAlarmAsRequester()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, locked: true);
        await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "bar", Iccids: [sim.Iccid], Action: AlarmAction.Bar));

        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);

        var entries = await Factory.WithDbAsync(db => db.Journal.Where(j => j.PartnerId == T.PartnerA.Id && (j.Entity == "Order" || j.Entity == "Sim")
            && j.After!.Contains(sim.Iccid)).Select(j => j.Action).ToListAsync());
        Assert.Contains("Order.Created", entries);
    }

    [Fact]
    public async Task Api_ScopedFilteredAndReadOnly()
    {
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "scoped", CustomerId: T.CustomerA1.Id));
        var id = alarm.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var own = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerReadOnly));
        var otherPartner = await Factory.ClientAsAsync(Tenants.EmailB(Roles.PartnerAdmin));
        var otherCustomer = await Factory.ClientAsAsync(Tenants.EmailB(Roles.CustomerAdmin));

        var page = await own.GetFromJsonAsync<JsonElement>($"/api/journal?entity=Alarm&entityId={id}");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var item = page.GetProperty("items")[0];
        Assert.Equal("Alarm.Created", item.GetProperty("action").GetString());
        Assert.Equal("system:test", item.GetProperty("userId").GetString());
        foreach (var field in new[] { "at", "entity", "entityId", "before", "after" })
        {
            Assert.True(item.TryGetProperty(field, out _), field);
        }

        foreach (var client in new[] { otherPartner, otherCustomer })
        {
            Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"/api/journal?entity=Alarm&entityId={id}")).GetProperty("total").GetInt32());
        }

        var byUser = await own.GetFromJsonAsync<JsonElement>($"/api/journal?userId=system:test&from={DateTime.UtcNow.AddDays(1):O}");
        Assert.Equal(0, byUser.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await own.PostAsJsonAsync("/api/journal", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await own.DeleteAsync("/api/journal")).StatusCode);
    }

    [Fact]
    public async Task SignIn_IsJournaled()
    {
        var email = Tenants.EmailA(Roles.PartnerUser);
        await Factory.ClientAsAsync(email);
        Assert.True(await Factory.WithDbAsync(db => db.Journal.AnyAsync(j => j.UserEmail == email && j.Entity == "User" && j.Action.Contains("SignIn"))));
    }

    private Task<TResult> AsSystem<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull =>
        Factory.AsSystemAsync(services => work(services.GetRequiredService<TService>()));

    private async Task<ImeiPortal.Domain.Journal.JournalEntry> AssertEntryAsync(string entity, string entityId, string action, bool before, bool after)
    {
        var entry = await Factory.WithDbAsync(db => db.Journal.Where(j => j.Entity == entity && j.EntityId == entityId && j.Action == action)
            .OrderByDescending(j => j.Id).FirstOrDefaultAsync());
        Assert.True(entry is not null, $"no {action} entry for {entity} {entityId}");
        Assert.Equal(before, entry.Before is not null);
        Assert.Equal(after, entry.After is not null);
        return entry;
    }
}
