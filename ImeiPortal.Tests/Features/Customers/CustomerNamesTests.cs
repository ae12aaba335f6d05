using ImeiPortal.Features.Customers;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Customers;

/// <summary>Pages name their rows' customers by the rows' own ids, within the user's scope, whatever the tenant's size.</summary>
public sealed class CustomerNamesTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    [Fact]
    public async Task Names_IdsInsideAndOutsideTheScope_NamesOnlyThoseTheUserMaySee()
    {
        int? none = null;

        var names = await NamesAsync(Tenants.EmailA(Roles.PartnerUser), T.CustomerA2.Id, T.CustomerB1.Id, none, T.CustomerA2.Id, int.MaxValue);

        Assert.Equal(new Dictionary<int, string> { [T.CustomerA2.Id] = T.CustomerA2.Name }, names);
    }

    [Fact]
    public async Task Names_CustomerUser_NamesOnlyTheirOwnCustomer()
    {
        var names = await NamesAsync(Tenants.EmailA(Roles.CustomerUser), T.CustomerA1.Id, T.CustomerA2.Id);

        Assert.Equal(new Dictionary<int, string> { [T.CustomerA1.Id] = T.CustomerA1.Name }, names);
    }

    [Fact]
    public async Task Names_TheSixHundredthCustomerOfAPartner_Named()
    {
        var many = await ManyCustomers.AddAsync(Factory);

        var names = await NamesAsync(PortalFactory.AdminEmail, many.Ids[0], many.Ids[599]);

        Assert.Equal(new Dictionary<int, string> { [many.Ids[0]] = many.Name(0), [many.Ids[599]] = many.Name(599) }, names);
    }

    private Task<IReadOnlyDictionary<int, string>> NamesAsync(string email, params int?[] ids) =>
        Factory.AsUserAsync(email, sp => sp.GetRequiredService<CustomerService>().NamesAsync(ids));
}
