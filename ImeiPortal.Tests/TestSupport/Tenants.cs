using ImeiPortal.Features.Customers;
using ImeiPortal.Features.Partners;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// Two partners with a customer each and one user per role in partner A / customer A1, plus the same
/// roles in partner B / customer B1: the fixture every scope test compares "own" against "other" with.
/// </summary>
public sealed class Tenants
{
    public required PartnerDto PartnerA { get; init; }
    public required PartnerDto PartnerB { get; init; }
    public required CustomerDto CustomerA1 { get; init; }
    public required CustomerDto CustomerA2 { get; init; }
    public required CustomerDto CustomerB1 { get; init; }

    /// <summary>Email of the user holding <paramref name="role"/> in tenant A (or the admin).</summary>
    public static string EmailA(string role) => role == Roles.Admin ? PortalFactory.AdminEmail : $"{role.ToLowerInvariant()}@a.test";

    public static string EmailB(string role) => role == Roles.Admin ? PortalFactory.AdminEmail : $"{role.ToLowerInvariant()}@b.test";

    public static async Task<Tenants> CreateAsync(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return await factory.AsSystemAsync(async services =>
        {
            var partners = services.GetRequiredService<PartnerService>();
            var customers = services.GetRequiredService<CustomerService>();
            var users = services.GetRequiredService<UserService>();
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var a = await partners.CreateAsync(new CreatePartnerRequest("Partner A " + suffix));
            var b = await partners.CreateAsync(new CreatePartnerRequest("Partner B " + suffix));
            var a1 = await customers.CreateAsync(new CreateCustomerRequest("Customer A1", a.Id, ["fleet"]));
            var a2 = await customers.CreateAsync(new CreateCustomerRequest("Customer A2", a.Id, null));
            var b1 = await customers.CreateAsync(new CreateCustomerRequest("Customer B1", b.Id, ["fleet"]));
            foreach (var role in Roles.PartnerRoles)
            {
                await users.CreateAsync(new CreateUserRequest(EmailA(role), PortalFactory.Password, [role], a.Id, null));
                await users.CreateAsync(new CreateUserRequest(EmailB(role), PortalFactory.Password, [role], b.Id, null));
            }

            foreach (var role in Roles.CustomerRoles)
            {
                await users.CreateAsync(new CreateUserRequest(EmailA(role), PortalFactory.Password, [role], null, a1.Id));
                await users.CreateAsync(new CreateUserRequest(EmailB(role), PortalFactory.Password, [role], null, b1.Id));
            }

            return new Tenants { PartnerA = a, PartnerB = b, CustomerA1 = a1, CustomerA2 = a2, CustomerB1 = b1 };
        });
    }
}
