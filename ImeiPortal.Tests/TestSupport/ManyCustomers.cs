using ImeiPortal.Domain.Tenancy;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// A partner of its own with <see cref="Count"/> customers, more than one page of the customer list
/// (PageRequest.MaxPageSize, 500), named after it ("Fleet1a2b3c 000" on) so tests of one class (one database) do not
/// see each other's; their ids by number.
/// </summary>
internal sealed record ManyCustomers(string Fleet, int PartnerId, int[] Ids)
{
    public const int Count = 600;

    /// <summary>The name of customer number <paramref name="i"/>: by name, the customers sort in number order.</summary>
    public string Name(int i) => NameOf(Fleet, i);

    public static Task<ManyCustomers> AddAsync(PortalFactory factory) => factory.WithDbAsync(async db =>
    {
        var fleet = "Fleet" + Guid.NewGuid().ToString("N")[..6];
        var partner = new Partner(fleet, DateTime.UtcNow);
        db.Partners.Add(partner);
        await db.SaveChangesAsync();
        var customers = Enumerable.Range(0, Count).Select(i => new Customer(partner.Id, NameOf(fleet, i), null, DateTime.UtcNow)).ToList();
        db.Customers.AddRange(customers);
        await db.SaveChangesAsync();
        return new ManyCustomers(fleet, partner.Id, [.. customers.Select(c => c.Id)]);
    });

    private static string NameOf(string fleet, int i) => $"{fleet} {i:000}";
}
