using ImeiPortal.Data;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Customers;

public sealed record CustomerDto(int Id, string Name, int PartnerId, IReadOnlyList<string> Tags, DateTime CreatedAt);

public sealed record CreateCustomerRequest(string? Name, int? PartnerId, List<string>? Tags);

public sealed record UpdateCustomerRequest(string? Name, List<string>? Tags);

public sealed record ServiceProfileDto(int Id, int CustomerId, string Name, ImeiStatus DefaultImeiStatus);

public sealed record SaveServiceProfileRequest(string? Name, ImeiStatus? DefaultImeiStatus);

/// <summary>The customer's lock policy (API.md "Customer lock policy"); PUT replaces it whole, left-out fields take their defaults.</summary>
public sealed record LockPolicyDto(IReadOnlyList<string>? AllowedTacs, LockScope? DefaultLockScope, ImeiNotProvidedPolicy? WhenImeiNotProvided);

public sealed record CustomerQuery(string? Search = null, int? PartnerId = null, string? Tag = null, int Page = 1, int PageSize = 50);

public sealed class CustomerService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<PagedResult<CustomerDto>> ListAsync(CustomerQuery query, CancellationToken cancellationToken = default)
    {
        var page = new PageRequest(query.Page, query.PageSize).Validated();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = Rows(db, query);
        var total = await customers.CountAsync(cancellationToken);
        var rows = await page.Of(customers, total).ToListAsync(cancellationToken);
        return new PagedResult<CustomerDto>(rows.ConvertAll(ToDto), total);
    }

    /// <summary>The list's rows, filtered and ordered, unpaged: what an export of the same filter writes.</summary>
    public IQueryable<Customer> Rows(PortalDbContext db, CustomerQuery query) => Filter(db, query).OrderBy(c => c.Name);

    /// <summary>
    /// The names of the given customers, for naming the rows a page shows (SIMs, users, alarms) by their own
    /// customer ids: one query by primary key, however many customers the tenant has. An id outside the user's
    /// scope (or deleted) is simply absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(IEnumerable<int?> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<int, string>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking().VisibleTo(user).Where(c => wanted.Contains(c.Id))
            .Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
    }

    public async Task<CustomerDto> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return ToDto(await FindAsync(db, id, cancellationToken));
    }

    public async Task<CustomerDto> CreateAsync(CreateCustomerRequest request, CancellationToken cancellationToken = default)
    {
        var partnerId = request.PartnerId ?? user.PartnerId;
        var validation = new Validation().Required("name", request.Name);
        if (partnerId is null)
        {
            validation.Add("partnerId", "partnerId is required.");
        }

        ValidateTags(validation, request.Tags);
        validation.ThrowIfInvalid();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Partners.VisibleTo(user).AnyAsync(p => p.Id == partnerId, cancellationToken) || user.Level == TenantLevel.Customer)
        {
            throw new NotFoundException("Partner", partnerId);
        }

        user.Require(Permission.ManageCustomers);
        var name = request.Name!.Trim();
        await EnsureUniqueNameAsync(db, partnerId!.Value, name, null, cancellationToken);
        var customer = new Customer(partnerId.Value, name, request.Tags, clock.GetUtcNow().UtcDateTime);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(customer);
    }

    public async Task<CustomerDto> UpdateAsync(int id, UpdateCustomerRequest request, CancellationToken cancellationToken = default)
    {
        var validation = new Validation().Required("name", request.Name);
        ValidateTags(validation, request.Tags);
        validation.ThrowIfInvalid();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await FindAsync(db, id, cancellationToken);
        user.Require(Permission.ManageCustomers);
        await EnsureUniqueNameAsync(db, customer.PartnerId, request.Name!.Trim(), id, cancellationToken);
        customer.Update(request.Name!, request.Tags);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(customer);
    }

    public async Task<LockPolicyDto> GetLockPolicyAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return ToDto((await FindAsync(db, id, cancellationToken)).LockPolicy);
    }

    public async Task<LockPolicyDto> UpdateLockPolicyAsync(int id, LockPolicyDto request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await FindAsync(db, id, cancellationToken);
        user.Require(Permission.ManageLockPolicies);
        var validation = new Validation();
        var tacs = request.AllowedTacs ?? [];
        for (var i = 0; i < tacs.Count; i++)
        {
            if (!Domain.Identifiers.Imei.TryParseTac(tacs[i], out _, out var error))
            {
                validation.Add($"allowedTacs[{i}]", error);
            }
        }

        if (tacs.Count > Customer.MaxAllowedTacs)
        {
            validation.Add("allowedTacs", $"A lock policy allows at most {Customer.MaxAllowedTacs} device models, but {tacs.Count} were given.");
        }

        validation.ThrowIfInvalid();
        customer.ChangeLockPolicy(tacs, request.DefaultLockScope ?? LockScope.Device, request.WhenImeiNotProvided ?? ImeiNotProvidedPolicy.Reject);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(customer.LockPolicy);
    }

    public async Task DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await FindAsync(db, id, cancellationToken);
        user.Require(Permission.ManageCustomers);
        var sims = await db.Sims.CountAsync(s => s.CustomerId == id, cancellationToken);
        var users = await db.Users.CountAsync(u => u.CustomerId == id, cancellationToken);
        if (sims > 0 || users > 0)
        {
            // Deleting would orphan SIMs (and their lock history) or leave users without a tenant.
            throw new ConflictException($"Customer '{customer.Name}' still has {sims} SIM(s) and {users} user(s); move or remove them first.");
        }

        db.Customers.Remove(customer);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ServiceProfileDto>> ListServicesAsync(int customerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await FindAsync(db, customerId, cancellationToken);
        return await db.ServiceProfiles.Where(s => s.CustomerId == customerId).OrderBy(s => s.Name)
            .Select(s => new ServiceProfileDto(s.Id, s.CustomerId, s.Name, s.DefaultImeiStatus))
            .ToListAsync(cancellationToken);
    }

    public async Task<ServiceProfileDto> CreateServiceAsync(int customerId, SaveServiceProfileRequest request, CancellationToken cancellationToken = default)
    {
        var validation = new Validation().Required("name", request.Name);
        if (request.DefaultImeiStatus is not (null or ImeiStatus.Neutral or ImeiStatus.Armed or ImeiStatus.Pairing))
        {
            validation.Add("defaultImeiStatus", "defaultImeiStatus must be Neutral, Armed or Pairing.");
        }

        validation.ThrowIfInvalid();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await FindAsync(db, customerId, cancellationToken);
        user.Require(Permission.ManageCustomers);
        var service = new ServiceProfile(customerId, request.Name!, request.DefaultImeiStatus ?? ImeiStatus.Neutral);
        db.ServiceProfiles.Add(service);
        await db.SaveChangesAsync(cancellationToken);
        return new ServiceProfileDto(service.Id, service.CustomerId, service.Name, service.DefaultImeiStatus);
    }

    private IQueryable<Customer> Filter(PortalDbContext db, CustomerQuery query)
    {
        var customers = db.Customers.AsNoTracking().VisibleTo(user);
        if (query.PartnerId is { } partnerId)
        {
            customers = customers.Where(c => c.PartnerId == partnerId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            customers = customers.Where(c => c.Name.Contains(search));
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            // Tags are one delimited column; match a whole tag, not a substring of another.
            var tag = "\n" + query.Tag.Trim() + "\n";
            customers = customers.Where(c => ("\n" + c.TagList + "\n").Contains(tag));
        }

        return customers;
    }

    private static LockPolicyDto ToDto(LockPolicy policy) =>
        new([.. policy.AllowedTacs.Order(StringComparer.Ordinal)], policy.DefaultLockScope, policy.WhenImeiNotProvided);

    private async Task<Customer> FindAsync(PortalDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Customers.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("Customer", id);

    private static async Task EnsureUniqueNameAsync(PortalDbContext db, int partnerId, string name, int? exceptId, CancellationToken cancellationToken)
    {
        if (await db.Customers.AnyAsync(c => c.PartnerId == partnerId && c.Name == name && c.Id != exceptId, cancellationToken))
        {
            throw new ConflictException($"The partner already has a customer named '{name}'.");
        }
    }

    private static void ValidateTags(Validation validation, List<string>? tags)
    {
        if (tags is null)
        {
            return;
        }

        if (tags.Count > 20)
        {
            validation.Add("tags", "At most 20 tags.");
        }

        if (tags.Any(t => t is null))
        {
            // JSON can carry a null in a list of strings; blank tags are dropped when stored, a null is a mistake.
            validation.Add("tags", "A tag cannot be null.");
        }
        else if (tags.Any(t => t.Contains('\n', StringComparison.Ordinal) || t.Length > 50))
        {
            validation.Add("tags", "A tag is one line of at most 50 characters.");
        }
    }

    private static CustomerDto ToDto(Customer c) => new(c.Id, c.Name, c.PartnerId, c.Tags, c.CreatedAt);
}
